import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReportSummary } from '@chao/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_FIXTURE_PASSWORD, seedReportFixtureFile } from '../reports/fixture.ts'
import { EXPECTED_AGENTS, EXPECTED_WEEK } from '../reports/fixture-expected.ts'
import { testApp } from '../test/fixtures.ts'

const WEEK = 'from=2026-11-09&to=2026-11-12&tz=Asia/Ho_Chi_Minh'
// One seeded file for the whole suite (tempDir() would be removed after the first test).
const dir = mkdtempSync(join(tmpdir(), 'chao-reports-test-'))
const database = join(dir, 'reports.db')
beforeAll(() => seedReportFixtureFile(database))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function signedIn(email = 'binh@fixture.chao') {
  const app = await testApp({ database })
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/agent/login',
    payload: { email, password: REPORT_FIXTURE_PASSWORD },
  })
  expect(login.statusCode, login.body).toBe(200)
  const cookie = String(login.headers['set-cookie']).split(';')[0] as string
  const get = (url: string) => app.inject({ url, headers: { cookie } })
  return { app, get }
}

describe('GET /api/v1/reports', () => {
  it('needs a console session', async () => {
    const app = await testApp({ database })
    const response = await app.inject(`/api/v1/reports/summary?${WEEK}`)
    expect(response.statusCode).toBe(401)
    expect((await app.inject(`/api/v1/reports/ratings.csv?${WEEK}`)).statusCode).toBe(401)
  })

  it('answers the summary to any agent, not only admins', async () => {
    const { get } = await signedIn('binh@fixture.chao')
    const response = await get(`/api/v1/reports/summary?${WEEK}`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    const summary = response.json() as ReportSummary
    expect(summary.current.metrics).toEqual(EXPECTED_WEEK)
    expect(summary.tables.agents).toEqual(EXPECTED_AGENTS)
    expect(summary.query).toEqual({ from: '2026-11-09', to: '2026-11-12', tz: 'Asia/Ho_Chi_Minh' })
  })

  it('refuses a bad query with the reason', async () => {
    const { get } = await signedIn()
    const cases: [string, string][] = [
      ['to=2026-11-12', 'from is required'],
      ['from=2026-13-01&to=2026-13-02', 'from must be a date YYYY-MM-DD'],
      ['from=2026-11-09&to=2026-11-12&tz=Nowhere', 'tz must be an IANA time zone'],
      ['from=2026-11-09&to=2026-11-08', 'must not be before'],
    ]
    for (const [query, reason] of cases) {
      const response = await get(`/api/v1/reports/summary?${query}`)
      expect(response.statusCode).toBe(400)
      expect(response.json()).toEqual({
        error: 'bad_query',
        message: expect.stringContaining(reason),
      })
    }
    const csv = await get('/api/v1/reports/agents.csv?from=x&to=y')
    expect(csv.statusCode).toBe(400)
  })

  it('exports each table as CSV, with comments kept as text', async () => {
    const { get } = await signedIn()
    const response = await get(`/api/v1/reports/ratings.csv?${WEEK}`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/csv')
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="chao-ratings-2026-11-09-2026-11-12.csv"',
    )
    const lines = response.body.split('\r\n')
    expect(lines[0]).toBe(
      'conversationId,ratedAt,agentId,agentName,department,rating,comment,nps,ces',
    )
    expect(lines[1]).toBe(`c7,${Date.parse('2026-11-12T08:31:00+07:00')},a1,An Nguyen,Sales,3,,,`)
    expect(lines[2]).toContain(',5,"Cảm ơn, rất nhanh, ""tuyệt""",,7')
    expect(lines[3]).toContain(`,2,"'=HYPERLINK(""http://evil.example"",""x"")",3,2`)
    for (const table of ['agents', 'unanswered', 'proactive', 'daily', 'hourly']) {
      const csv = await get(`/api/v1/reports/${table}.csv?${WEEK}`)
      expect(csv.statusCode, table).toBe(200)
    }
    const agents = await get(`/api/v1/reports/agents.csv?${WEEK}&agent=a2`)
    expect(agents.body.split('\r\n')[1]).toBe('a2,Binh Tran,2,2,0,2,1,300000,1590000,50')
  })

  it('answers 404 for a table that does not exist', async () => {
    const { get } = await signedIn()
    const response = await get(`/api/v1/reports/secrets.csv?${WEEK}`)
    expect(response.statusCode).toBe(404)
    expect(response.json().message).toContain('ratings.csv')
  })
})
