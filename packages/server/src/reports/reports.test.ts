import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { runMigrations } from '../db/migrate.ts'
import { migrations } from '../db/migrations.ts'
import { seedReportFixture } from './fixture.ts'
import {
  EXPECTED_AGENTS,
  EXPECTED_DAILY,
  EXPECTED_EMPTY,
  EXPECTED_HOURS_PREVIOUS,
  EXPECTED_HOURS_WEEK,
  EXPECTED_PREVIOUS,
  EXPECTED_PROACTIVE,
  EXPECTED_RATINGS_ORDER,
  EXPECTED_UNANSWERED,
  EXPECTED_WEEK,
} from './fixture-expected.ts'
import { createReportQueries, type ReportStore, resolveReportQuery } from './index.ts'

const TZ = 'Asia/Ho_Chi_Minh'
const WEEK = { from: '2026-11-09', to: '2026-11-12', tz: TZ }
let reports: ReportStore

function hours(expected: Record<number, number>): number[] {
  return Array.from({ length: 24 }, (_, hour) => expected[hour] ?? 0)
}

beforeAll(async () => {
  const db = new Database(':memory:')
  runMigrations(db, migrations)
  await seedReportFixture(db)
  reports = createReportQueries(db)
})

describe('reports over the fixture', () => {
  it('computes every metric of a period and of the period before it', async () => {
    const summary = await reports.reportSummary(resolveReportQuery(WEEK))
    expect(summary.current.metrics).toEqual(EXPECTED_WEEK)
    expect(summary.previous.period).toMatchObject({ from: '2026-11-05', to: '2026-11-08' })
    expect(summary.previous.metrics).toEqual(EXPECTED_PREVIOUS)
    expect(summary.lastWeek).toBeNull()
  })

  it('gives null, not NaN or 0 %, for an empty day', async () => {
    const summary = await reports.reportSummary(
      resolveReportQuery({ from: '2026-11-11', to: '2026-11-11', tz: TZ }),
    )
    expect(summary.current.metrics).toEqual(EXPECTED_EMPTY)
    expect(JSON.stringify(summary)).not.toContain('NaN')
    expect(summary.series.daily).toEqual([EXPECTED_DAILY[2]])
  })

  it('compares one day with the day before and the same weekday last week', async () => {
    const summary = await reports.reportSummary(
      resolveReportQuery({ from: '2026-11-12', to: '2026-11-12', tz: TZ }),
    )
    expect(summary.current.metrics).toMatchObject({ conversations: 2, ended: 2 })
    expect(summary.current.metrics.csat).toEqual({ percent: 0, count: 0, total: 1, average: 3 })
    expect(summary.previous.metrics).toEqual(EXPECTED_EMPTY)
    expect(summary.lastWeek?.period).toMatchObject({ from: '2026-11-05', to: '2026-11-05' })
    expect(summary.lastWeek?.metrics).toEqual(EXPECTED_PREVIOUS)
    const at = (hour: number) => summary.series.hourly[hour]
    expect(at(8)).toEqual({ hour: 8, current: 1, previous: 0, lastWeek: 0 })
    expect(at(10)).toEqual({ hour: 10, current: 0, previous: 0, lastWeek: 1 })
    expect(at(16)).toEqual({ hour: 16, current: 1, previous: 0, lastWeek: 0 })
  })

  it('counts a reopened conversation against first contact resolution', async () => {
    // c1 (11-09) is followed by c7 from the same visitor on 11-12; with a 2-day window it
    // would not be, so the window is what decides.
    const q = resolveReportQuery({ from: '2026-11-09', to: '2026-11-09', tz: TZ })
    expect((await reports.reportSummary(q)).current.metrics.fcr).toMatchObject({
      count: 2,
      total: 3,
    })
    const short = { ...q, fcrDays: 2 }
    expect((await reports.reportSummary(short)).current.metrics.fcr).toEqual({
      percent: 100,
      count: 3,
      total: 3,
      days: 2,
    })
  })

  it('draws volume by local hour and the daily series', async () => {
    const summary = await reports.reportSummary(resolveReportQuery(WEEK))
    expect(summary.series.hourly.map((h) => h.current)).toEqual(hours(EXPECTED_HOURS_WEEK))
    expect(summary.series.hourly.map((h) => h.previous)).toEqual(hours(EXPECTED_HOURS_PREVIOUS))
    expect(summary.series.hourly.every((h) => h.lastWeek === null)).toBe(true)
    expect(summary.series.daily).toEqual(EXPECTED_DAILY)
  })

  it('fills the tables', async () => {
    const { tables } = await reports.reportSummary(resolveReportQuery(WEEK))
    expect(tables.agents).toEqual(EXPECTED_AGENTS)
    expect(tables.proactive).toEqual(EXPECTED_PROACTIVE)
    expect(tables.unanswered.map(({ normal: _n, ...row }) => row)).toEqual(EXPECTED_UNANSWERED)
    expect(tables.ratings.map((r) => r.conversationId)).toEqual(EXPECTED_RATINGS_ORDER)
    expect(tables.ratings[1]).toEqual({
      conversationId: 'c6',
      ratedAt: Date.parse('2026-11-11T00:21:00+07:00'),
      agentId: 'a1',
      agentName: 'An Nguyen',
      department: 'Sales',
      rating: 5,
      comment: 'Cảm ơn, rất nhanh, "tuyệt"',
      nps: null,
      ces: 7,
    })
  })

  it('filters by department, agent and page', async () => {
    const support = await reports.reportSummary(
      resolveReportQuery({ ...WEEK, department: 'support' }),
    )
    // c3, c4, c8: c3 late, c4 in time, c8 unanswered for 20 minutes.
    expect(support.current.metrics.conversations).toBe(3)
    expect(support.current.metrics.sla).toMatchObject({ percent: 33.3, count: 1, total: 3 })
    const a2 = await reports.reportSummary(resolveReportQuery({ ...WEEK, agent: 'a2' }))
    expect(a2.current.metrics.conversations).toBe(2)
    expect(a2.tables.agents.map((row) => row.agentId)).toEqual(['a2'])
    // c1, c5, c7 started on product pages; so did bot sessions s1 and s5, both deflected.
    const products = await reports.reportSummary(
      resolveReportQuery({ ...WEEK, page: 'https://shop.example/products' }),
    )
    expect(products.current.metrics.conversations).toBe(3)
    expect(products.current.metrics.botDeflection).toEqual({ percent: 100, count: 2, total: 2 })
    const other = await reports.reportSummary(resolveReportQuery({ ...WEEK, site: 'nope' }))
    expect(other.current.metrics.conversations).toBe(0)
  })

  it('puts a day where its time zone says', async () => {
    // 11-09 in Ho Chi Minh City is c1 c2 c3; in Los Angeles (UTC−8) those three fall on
    // 11-08, and c4 c5 (11-10 morning in Vietnam) are the evening of 11-09.
    const vn = await reports.reportSummary(
      resolveReportQuery({ from: '2026-11-09', to: '2026-11-09', tz: TZ }),
    )
    expect(vn.current.metrics.conversations).toBe(3)
    const la = await reports.reportSummary(
      resolveReportQuery({ from: '2026-11-09', to: '2026-11-09', tz: 'America/Los_Angeles' }),
    )
    expect(la.current.metrics.conversations).toBe(2)
    expect(la.series.hourly.filter((h) => h.current > 0).map((h) => h.hour)).toEqual([18, 20])
  })

  it('serves each table as rows for CSV', async () => {
    const q = resolveReportQuery(WEEK)
    const ratings = await reports.reportTable(q, 'ratings')
    expect(ratings.columns[0]).toBe('conversationId')
    expect(ratings.rows.map((row) => row[0])).toEqual(EXPECTED_RATINGS_ORDER)
    const empty = await reports.reportTable(resolveReportQuery({ ...WEEK, site: 'nope' }), 'agents')
    expect(empty).toEqual({ columns: expect.arrayContaining(['agentId']), rows: [] })
    expect((await reports.reportTable(q, 'daily')).rows).toHaveLength(4)
    expect((await reports.reportTable(q, 'hourly')).rows).toHaveLength(24)
  })
})

describe('reports across a DST switch (Europe/Paris)', () => {
  let paris: ReportStore
  beforeAll(() => {
    const db = new Database(':memory:')
    runMigrations(db, migrations)
    db.prepare("INSERT INTO visitors (id, site_id, created_at) VALUES ('pv', 'demo', '')").run()
    const insert = db.prepare(
      `INSERT INTO conversations (id, site_id, visitor_id, state, created_at, updated_at, queued_at, ended_at)
       VALUES (?, 'demo', 'pv', 'ended', '', '', ?, ?)`,
    )
    // 02:30 CEST and, an hour later, 02:30 CET on 10-25; 01:30 CET and 03:30 CEST on 03-29.
    const times = [
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
    ]
    for (const [i, time] of times.entries()) {
      insert.run(`p${i}`, Date.parse(time), Date.parse(time) + 60_000)
    }
    paris = createReportQueries(db)
  })

  it('counts both 2 o’clocks of the autumn day in hour 2', async () => {
    const summary = await paris.reportSummary(
      resolveReportQuery({ from: '2026-10-25', to: '2026-10-25', tz: 'Europe/Paris' }),
    )
    expect(summary.current.period.endMs - summary.current.period.startMs).toBe(25 * 3_600_000)
    expect(summary.series.hourly.filter((h) => h.current > 0)).toEqual([
      { hour: 2, current: 2, previous: 0, lastWeek: 0 },
    ])
    expect(summary.series.daily.map((d) => d.conversations)).toEqual([2])
  })

  it('skips 2 o’clock on the spring day', async () => {
    const summary = await paris.reportSummary(
      resolveReportQuery({ from: '2026-03-28', to: '2026-03-29', tz: 'Europe/Paris' }),
    )
    expect(summary.series.hourly.filter((h) => h.current > 0).map((h) => h.hour)).toEqual([1, 3])
    expect(summary.series.daily.map((d) => d.conversations)).toEqual([0, 2])
  })
})

describe('conversations still waiting', () => {
  it('breach the SLA once they have waited past the target, not before', async () => {
    const db = new Database(':memory:')
    runMigrations(db, migrations)
    const now = Date.parse('2026-11-25T10:00:00Z')
    const insert = db.prepare(
      `INSERT INTO visitors (id, site_id, created_at) VALUES (?, 'demo', '');`,
    )
    const queue = db.prepare(
      `INSERT INTO conversations (id, site_id, visitor_id, state, created_at, updated_at, queued_at)
       VALUES (?, 'demo', ?, 'queued', '', '', ?)`,
    )
    for (const [id, waited] of [
      ['w10', 10],
      ['w2', 2],
    ] as const) {
      insert.run(`v-${id}`)
      queue.run(id, `v-${id}`, now - waited * 60_000)
    }
    const summary = await createReportQueries(db).reportSummary(
      resolveReportQuery({ from: '2026-11-25', to: '2026-11-25' }, now),
    )
    expect(summary.current.metrics.sla).toEqual({
      percent: 0,
      count: 0,
      total: 1,
      targetMs: 300_000,
      breaches: 1,
    })
    expect(summary.current.metrics).toMatchObject({ conversations: 2, ended: 0 })
    expect(summary.current.metrics.fcr.total).toBe(0)
  })
})
