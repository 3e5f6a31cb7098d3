/** The agent API (docs/console.md), same origin, cookie session plus the CSRF header. */
import type {
  AgentStatus,
  Attachment,
  ConversationDetail,
  ConversationSummary,
  InboxView,
  NoteRecord,
  ReportQuery,
  ReportSummary,
} from '@chao/protocol'
import { queryString } from './stores/report-filters.ts'

// The conversation shapes are the server's own, from @chao/protocol.
export type { InboxView }
export type Summary = ConversationSummary
export type Detail = ConversationDetail
export type Note = NoteRecord

export interface Agent {
  id: string
  email: string
  name: string
  role: 'agent' | 'admin'
  status: AgentStatus
  maxChats: number
  departments: string[]
}

/** A site of the server (`chao site create`, docs/server.md#sites). */
export interface Site {
  id: string
  name: string
}

export interface Canned {
  id: string
  shortcut: string
  text: string
  personal: boolean
}

/** A new canned response; `team` ones (admins only) are shared with every agent. */
export interface CannedInput {
  shortcut: string
  text: string
  team?: boolean
}

export interface Ticket {
  id: string
  name: string
  email: string
  message: string
  department: string | null
  pageUrl: string | null
  attachments: Attachment[]
  status: 'open' | 'closed'
  createdAt: number
}

export interface TeamMember {
  id: string
  name: string
  status: AgentStatus
  departments: string[]
  load: number
  maxChats: number
}

export interface Dashboard {
  waiting: number
  longestWaitMs: number
  chatsToday: number
  agents: { id: string; name: string; status: AgentStatus; load: number; maxChats: number }[]
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole error body, for errors that carry more (e.g. `problems`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

/** The post-chat survey of the site configuration (core's SiteSurvey, docs/widget-csat.md). */
export interface SiteSurvey {
  csat?: boolean
  nps?: boolean
  ces?: boolean
  questions?: Partial<Record<'vi' | 'en', Partial<Record<'csat' | 'nps' | 'ces', string>>>>
}

/** When the bot asks for contact details (core's LEAD_CAPTURE_WHEN, docs/faq.md). */
export type LeadCaptureWhen = 'before-handoff' | 'offline' | 'after-unanswered'
export type LeadFieldName = 'name' | 'email' | 'phone'

/** The bot's lead capture of the site configuration (core's LeadCaptureOptions). */
export interface SiteLeadCapture {
  when: LeadCaptureWhen
  /** Asked in this order; an optional one can be skipped by the visitor. */
  fields: { field: LeadFieldName; optional?: boolean }[]
}

/** One problem in a list of proactive rules, as the server reports it. */
export interface RuleProblem {
  index: number
  id: string | null
  field: string
  reason: string
  message: string
}

let csrf: string | undefined

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET' && csrf !== undefined) headers['x-chao-csrf'] = csrf
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(data.error ?? 'error'),
      String(data.message ?? response.statusText),
      data,
    )
  }
  return data as T
}

/** Uploads a file for a conversation of `site` (docs/widget-attachments.md); its attachment. */
async function upload(site: string, file: File): Promise<Attachment> {
  const response = await fetch(`/api/v1/sites/${encodeURIComponent(site)}/uploads`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': file.type || 'application/octet-stream',
      'x-chao-filename': encodeURIComponent(file.name),
      ...(csrf === undefined ? {} : { 'x-chao-csrf': csrf }),
    },
    credentials: 'same-origin',
    body: file,
  })
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(data.error ?? 'error'),
      `${file.name}: ${String(data.message ?? response.statusText)}`,
      data,
    )
  }
  return data as unknown as Attachment
}

export const api = {
  upload,
  async login(email: string, password: string) {
    const answer = await call<{ agent: Agent; csrf: string }>('POST', '/agent/login', {
      email,
      password,
    })
    csrf = answer.csrf
    return answer.agent
  },
  async me() {
    const answer = await call<{ agent: Agent; csrf: string }>('GET', '/agent/me')
    csrf = answer.csrf
    return answer.agent
  },
  logout: () => call('POST', '/agent/logout', {}),
  conversations: (view: InboxView) =>
    call<{ conversations: Summary[]; counts: Record<InboxView, number> }>(
      'GET',
      `/agent/conversations?view=${view}`,
    ),
  detail: (id: string) => call<Detail>('GET', `/agent/conversations/${encodeURIComponent(id)}`),
  addNote: (id: string, text: string) =>
    call<Note>('POST', `/agent/conversations/${encodeURIComponent(id)}/notes`, { text }),
  setStatus: (status: AgentStatus) => call('PUT', '/agent/me/status', { status }),
  team: () => call<{ agents: TeamMember[] }>('GET', '/agent/agents'),
  departments: () =>
    call<{ departments: { id: string; name: string }[] }>('GET', '/agent/departments'),
  tickets: () => call<{ tickets: Ticket[] }>('GET', '/agent/tickets'),
  canned: () => call<{ canned: Canned[] }>('GET', '/agent/canned'),
  addCanned: (input: CannedInput) => call<Canned>('POST', '/agent/canned', input),
  updateCanned: (id: string, input: Omit<CannedInput, 'team'>) =>
    call<Canned>('PUT', `/agent/canned/${encodeURIComponent(id)}`, input),
  deleteCanned: (id: string) => call('DELETE', `/agent/canned/${encodeURIComponent(id)}`),
  dashboard: () => call<Dashboard>('GET', '/agent/dashboard'),
  /** Every site of the server, oldest first: agents answer them all. */
  sites: () => call<{ sites: Site[] }>('GET', '/agent/sites'),
  // Settings of one site (admins): the site is the one chosen in the settings' picker.
  proactiveRules: (site: string) =>
    call<{ rules: unknown[] }>('GET', `/admin/sites/${encodeURIComponent(site)}/proactive`),
  saveProactiveRules: (site: string, rules: unknown[]) =>
    call<{ rules: unknown[] }>('PUT', `/admin/sites/${encodeURIComponent(site)}/proactive`, {
      rules,
    }),
  siteSurvey: (site: string) =>
    call<{ survey: SiteSurvey | null }>('GET', `/admin/sites/${encodeURIComponent(site)}/survey`),
  saveSiteSurvey: (site: string, survey: SiteSurvey | null) =>
    call<{ survey: SiteSurvey | null }>('PUT', `/admin/sites/${encodeURIComponent(site)}/survey`, {
      survey,
    }),
  siteLeadCapture: (site: string) =>
    call<{ leadCapture: SiteLeadCapture | null }>(
      'GET',
      `/admin/sites/${encodeURIComponent(site)}/lead-capture`,
    ),
  saveSiteLeadCapture: (site: string, leadCapture: SiteLeadCapture | null) =>
    call<{ leadCapture: SiteLeadCapture | null }>(
      'PUT',
      `/admin/sites/${encodeURIComponent(site)}/lead-capture`,
      { leadCapture },
    ),
  /** Reports (docs/metrics.md): every metric, series and table for one query. */
  reportSummary: (query: ReportQuery) =>
    call<ReportSummary>('GET', `/reports/summary?${queryString(query)}`),
}
