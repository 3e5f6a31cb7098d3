/**
 * A small, hand-checkable reports dataset (docs/metrics.md): four days in
 * Asia/Ho_Chi_Minh (2026-11-09 Mon → 11-12 Thu) plus the same weekday a week before,
 * two agents in two departments, ratings, NPS and CES answers, a visitor who came back
 * (reopened), a conversation across local midnight, an empty day (11-11), bot and
 * proactive events. `fixture-expected.ts` holds the numbers worked out by hand.
 *
 * `seedReportFixture(db)` fills a migrated database; `chao seed fixture --db <file>`
 * does it to a file, so an end-to-end test can start the server on it and log in as
 * `an@fixture.chao` / `binh@fixture.chao` with `REPORT_FIXTURE_PASSWORD`.
 */
import Database from 'better-sqlite3'
import { hashPassword } from '../auth/password.ts'
import { rebuildWidgetSessions } from '../db/events-sqlite.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import {
  FIXTURE_AGENTS,
  FIXTURE_CONVERSATIONS,
  FIXTURE_DEPARTMENTS,
  FIXTURE_EVENTS,
  hcm,
  REPORT_FIXTURE_PASSWORD,
  REPORT_FIXTURE_SITE,
} from './fixture-data.ts'

export {
  REPORT_FIXTURE_PASSWORD,
  REPORT_FIXTURE_SITE,
  REPORT_FIXTURE_TZ,
} from './fixture-data.ts'

const bool = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0)
const at = (local: string | undefined) => (local === undefined ? null : hcm(local))

/** Inserts the fixture into a migrated database (the `demo` site of migration 1). */
export async function seedReportFixture(db: Database.Database): Promise<void> {
  const hash = await hashPassword(REPORT_FIXTURE_PASSWORD)
  const created = hcm('2026-11-01T00:00')
  db.transaction(() => {
    const dept = db.prepare('INSERT INTO departments (id, name, created_at) VALUES (?, ?, ?)')
    for (const d of FIXTURE_DEPARTMENTS) dept.run(d.id, d.name, created)
    const agent = db.prepare(
      'INSERT INTO agents (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const member = db.prepare(
      'INSERT INTO agent_departments (agent_id, department_id) VALUES (?, ?)',
    )
    for (const a of FIXTURE_AGENTS) {
      agent.run(a.id, a.email, a.name, a.role, hash, created)
      member.run(a.id, a.dept)
    }
    const visitor = db.prepare(
      'INSERT OR IGNORE INTO visitors (id, site_id, created_at) VALUES (?, ?, ?)',
    )
    const conversation = db.prepare(
      `INSERT INTO conversations (id, site_id, visitor_id, state, rating, rating_comment,
         created_at, updated_at, agent_id, department_id, page_url, queued_at, assigned_at,
         first_response_at, ended_at, nps, ces, rated_at)
       VALUES (@id, @site, @visitor, @state, @rating, @comment, @createdAt, @createdAt, @agent,
         @dept, @page, @queued, @assigned, @firstResponse, @ended, @nps, @ces, @rated)`,
    )
    for (const c of FIXTURE_CONVERSATIONS) {
      const createdAt = new Date(hcm(c.queued)).toISOString()
      visitor.run(c.visitor, REPORT_FIXTURE_SITE, createdAt)
      conversation.run({
        id: c.id,
        site: REPORT_FIXTURE_SITE,
        visitor: c.visitor,
        state: c.rated === undefined ? 'ended' : 'rated',
        rating: c.rating ?? null,
        comment: c.comment ?? null,
        createdAt,
        agent: c.agent,
        dept: c.dept,
        page: c.page,
        queued: hcm(c.queued),
        assigned: at(c.assigned),
        firstResponse: at(c.firstResponse),
        ended: hcm(c.ended),
        nps: c.nps ?? null,
        ces: c.ces ?? null,
        rated: at(c.rated),
      })
    }
    const event = db.prepare(
      `INSERT INTO widget_events (site_id, session_id, type, text, faq_id, confident, helpful,
         rule_id, page_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const [session, type, local, e] of FIXTURE_EVENTS) {
      event.run(
        REPORT_FIXTURE_SITE,
        session,
        type,
        e.text ?? null,
        e.faqId ?? null,
        bool(e.confident),
        bool(e.helpful),
        e.ruleId ?? null,
        e.page ?? null,
        hcm(local),
      )
    }
    rebuildWidgetSessions(db)
  })()
}

/**
 * Creates (or migrates) the SQLite file at `path` and seeds the fixture into it, for a
 * server started on that file afterwards (`chao seed fixture --db <file>`). The file
 * must not hold the fixture already.
 */
export async function seedReportFixtureFile(path: string): Promise<void> {
  await createSqliteStore({ path }).close()
  const db = new Database(path)
  try {
    await seedReportFixture(db)
  } finally {
    db.close()
  }
}
