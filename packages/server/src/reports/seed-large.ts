/**
 * A realistic volume for the reports bench (`pnpm seed:large`, bench/reports.mjs):
 * 100,000 conversations with 1,000,000 messages, ratings, NPS/CES answers and about half
 * a million widget events over the 90 days before `end`, busiest in Vietnamese office
 * hours. Deterministic (seeded PRNG), written with prepared statements in one
 * transaction.
 */
import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { rebuildWidgetSessions } from '../db/events-sqlite.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'

export interface LargeSeedOptions {
  conversations?: number
  messagesPerConversation?: number
  days?: number
  /** The last instant of the data (default now). */
  end?: number
}

export interface LargeSeedResult {
  conversations: number
  messages: number
  events: number
  ms: number
}

const MIN = 60_000
const DAY = 86_400_000
const SITE = 'demo'
const DEPARTMENTS = ['sales', 'support', 'billing', 'tech']
// Conversations by local hour (Asia/Ho_Chi_Minh, UTC+7): quiet nights, busy office hours.
const HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 3, 6, 9, 10, 10, 9, 7, 8, 10, 10, 9, 8, 7, 7, 6, 5, 3, 2]
const QUESTIONS = [
  'Phí ship bao nhiêu?',
  'Tôi muốn đổi trả hàng',
  'Có giao hàng tới Huế không?',
  'Do you ship to Hanoi?',
  'Làm sao để hủy đơn?',
  'Can I pay by bank transfer?',
  'Bao lâu thì nhận được hàng?',
  'Cửa hàng mở cửa mấy giờ?',
  'Is there a warranty?',
  'Mã giảm giá không dùng được',
]

/** mulberry32: small, fast, good enough to spread synthetic data. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Creates `path` (which must not exist yet) and fills it. */
export function seedLarge(path: string, options: LargeSeedOptions = {}): LargeSeedResult {
  if (existsSync(path)) {
    throw new Error(`${path} already exists; remove it first or choose another --db file.`)
  }
  const started = performance.now()
  const total = options.conversations ?? 100_000
  const perConversation = options.messagesPerConversation ?? 10
  const days = options.days ?? 90
  const end = options.end ?? Date.now()
  const start = end - days * DAY
  // The store runs the migrations (indexes included); the seeding uses its own handle.
  void createSqliteStore({ path }).close()
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -131072')
  const random = prng(9)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const exp = (mean: number) => Math.round(-Math.log(1 - random()) * mean)
  const cumulative: number[] = []
  HOUR_WEIGHTS.reduce((sum, w, i) => (cumulative[i] = sum + w), 0)
  const weightSum = cumulative[23] as number
  const localHour = () => {
    const r = random() * weightSum
    return cumulative.findIndex((c) => r < c)
  }
  /** An instant in the range at a weighted local hour of a random day. */
  const when = () => {
    const day = Math.floor(random() * days)
    const localMidnight = Math.floor(start / DAY) * DAY + day * DAY - 7 * 3_600_000
    return Math.min(end - DAY / 24, localMidnight + localHour() * 3_600_000 + random() * 3_600_000)
  }

  let messages = 0
  let events = 0
  db.transaction(() => {
    const now = new Date(end).toISOString()
    const dept = db.prepare('INSERT INTO departments (id, name, created_at) VALUES (?, ?, ?)')
    for (const d of DEPARTMENTS) dept.run(d, d[0]?.toUpperCase() + d.slice(1), start)
    const agent = db.prepare(
      `INSERT INTO agents (id, email, name, role, password_hash, created_at)
       VALUES (?, ?, ?, 'agent', 'seeded-no-login', ?)`,
    )
    for (let i = 1; i <= 20; i++) agent.run(`la${i}`, `agent${i}@large.chao`, `Agent ${i}`, start)
    const visitors = Math.round(total * 0.7)
    const visitor = db.prepare('INSERT INTO visitors (id, site_id, created_at) VALUES (?, ?, ?)')
    for (let i = 0; i < visitors; i++) visitor.run(`lv${i}`, SITE, now)
    const conversation = db.prepare(
      `INSERT INTO conversations (id, site_id, visitor_id, state, last_seq, rating, rating_comment,
         created_at, updated_at, agent_id, department_id, page_url, queued_at, assigned_at,
         first_response_at, ended_at, nps, ces, rated_at)
       VALUES (?, '${SITE}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const message = db.prepare(
      `INSERT INTO messages (id, conversation_id, seq, sender_key, client_id, author, text, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (let i = 0; i < total; i++) {
      const id = `lc${i}`
      const visitorId = `lv${Math.floor(random() * visitors)}`
      const queued = Math.round(when())
      const answered = random() < 0.92
      const agentId = answered ? `la${1 + Math.floor(random() * 20)}` : null
      const assigned = answered ? queued + exp(1.5 * MIN) : null
      const first = assigned === null ? null : assigned + exp(MIN)
      const ended =
        assigned === null ? queued + 30_000 + exp(4 * MIN) : assigned + 3 * MIN + exp(12 * MIN)
      const rated = answered && random() < 0.4
      const rating = rated ? pick([5, 5, 5, 4, 4, 4, 3, 2, 1]) : null
      const nps = rated && random() < 0.5 ? Math.floor(random() * 11) : null
      const ces = rated && random() < 0.4 ? 1 + Math.floor(random() * 7) : null
      const iso = new Date(queued).toISOString()
      conversation.run(
        id,
        visitorId,
        rated ? 'rated' : 'ended',
        perConversation,
        rating,
        rated && random() < 0.3 ? 'Cảm ơn, "rất" nhanh' : null,
        iso,
        iso,
        agentId,
        pick(DEPARTMENTS),
        `https://shop.example/${pick(['products/tea', 'products/coffee', 'cart', 'help'])}`,
        queued,
        assigned,
        first,
        ended,
        nps,
        ces,
        rated ? ended + exp(MIN) : null,
      )
      for (let seq = 1; seq <= perConversation; seq++) {
        const fromAgent = agentId !== null && seq % 2 === 0
        const at = queued + Math.round(((ended - queued) * seq) / (perConversation + 1))
        message.run(
          `${id}-${seq}`,
          id,
          seq,
          fromAgent ? `agent:${agentId}` : `visitor:${visitorId}`,
          `${id}-${seq}`,
          fromAgent ? 'agent' : 'visitor',
          fromAgent ? 'Dạ, em kiểm tra giúp anh/chị ngay ạ.' : pick(QUESTIONS),
          at,
        )
        messages++
      }
    }
    const event = db.prepare(
      `INSERT INTO widget_events (site_id, session_id, type, text, faq_id, confident, helpful,
         rule_id, reason, page_url, created_at) VALUES ('${SITE}', ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    )
    const sessions = Math.round(total * 1.5)
    for (let s = 0; s < sessions; s++) {
      const session = `ls${s}`
      const page = `https://shop.example/${pick(['products/tea', 'cart', 'help'])}`
      let at = Math.round(when())
      const asked = 1 + Math.floor(random() * 3)
      for (let q = 0; q < asked; q++) {
        const text = pick(QUESTIONS)
        const answered = random() < 0.7
        const variant = random() < 0.3 ? `${text.toLowerCase()}!` : text
        event.run(
          session,
          'bot:question',
          variant,
          answered ? 'faq' : null,
          answered ? 1 : null,
          null,
          null,
          page,
          at,
        )
        at += exp(20_000)
        events++
        if (answered && random() < 0.3) {
          event.run(
            session,
            'bot:feedback',
            null,
            'faq',
            null,
            random() < 0.75 ? 1 : 0,
            null,
            page,
            at,
          )
          events++
        }
      }
      if (random() < 0.3) {
        event.run(session, 'bot:handoff', null, null, null, null, null, page, at + 5_000)
        events++
      }
      if (s % 2 === 0) {
        const rule = pick(['cart-help', 'welcome', 'exit-offer', 'help-page'])
        event.run(session, 'proactive:shown', null, null, null, null, rule, page, at)
        events++
        const next = random()
        const type = next < 0.2 ? 'proactive:clicked' : next < 0.6 ? 'proactive:dismissed' : null
        if (type !== null) {
          event.run(session, type, null, null, null, null, rule, page, at + 3_000)
          events++
          if (type === 'proactive:clicked' && random() < 0.5) {
            event.run(session, 'proactive:replied', null, null, null, null, rule, page, at + 9_000)
            events++
          }
        }
      }
    }
    rebuildWidgetSessions(db)
  })()
  db.close()
  return { conversations: total, messages, events, ms: Math.round(performance.now() - started) }
}
