/** The rows of the reports fixture (see fixture.ts); the working of the expected numbers is in fixture-expected.ts. */

export const REPORT_FIXTURE_TZ = 'Asia/Ho_Chi_Minh'
export const REPORT_FIXTURE_PASSWORD = 'chao-fixture-password'
export const REPORT_FIXTURE_SITE = 'demo'

/** A local time in Ho Chi Minh City (UTC+7, no DST) → epoch ms. */
export const hcm = (local: string): number => Date.parse(`${local}:00+07:00`)

export const FIXTURE_AGENTS = [
  { id: 'a1', email: 'an@fixture.chao', name: 'An Nguyen', role: 'admin', dept: 'sales' },
  { id: 'a2', email: 'binh@fixture.chao', name: 'Binh Tran', role: 'agent', dept: 'support' },
] as const

export const FIXTURE_DEPARTMENTS = [
  { id: 'sales', name: 'Sales' },
  { id: 'support', name: 'Support' },
] as const

export interface FixtureConversation {
  id: string
  visitor: string
  dept: 'sales' | 'support'
  agent: 'a1' | 'a2' | null
  page: string
  /** Local times 'YYYY-MM-DDTHH:MM' in Ho Chi Minh City. */
  queued: string
  assigned?: string
  firstResponse?: string
  ended: string
  rating?: number
  comment?: string
  nps?: number
  ces?: number
  rated?: string
}

const SHOP = 'https://shop.example'

export const FIXTURE_CONVERSATIONS: readonly FixtureConversation[] = [
  // Previous period and "same weekday last week" of 11-12: Thursday 11-05.
  {
    id: 'c9',
    visitor: 'v8',
    dept: 'sales',
    agent: 'a1',
    page: `${SHOP}/cart`,
    queued: '2026-11-05T10:00',
    assigned: '2026-11-05T10:01',
    firstResponse: '2026-11-05T10:02',
    ended: '2026-11-05T10:10',
    rating: 5,
    rated: '2026-11-05T10:11',
  },
  {
    id: 'c10',
    visitor: 'v9',
    dept: 'support',
    agent: 'a2',
    page: `${SHOP}/help`,
    queued: '2026-11-05T15:00',
    assigned: '2026-11-05T15:05',
    firstResponse: '2026-11-05T15:07',
    ended: '2026-11-05T15:30',
    rating: 1,
    rated: '2026-11-05T15:31',
  },
  // Monday 11-09.
  {
    id: 'c1',
    visitor: 'v1',
    dept: 'sales',
    agent: 'a1',
    page: `${SHOP}/products/tea`,
    queued: '2026-11-09T09:00',
    assigned: '2026-11-09T09:01',
    firstResponse: '2026-11-09T09:02',
    ended: '2026-11-09T09:20',
    rating: 5,
    comment: 'Great help',
    nps: 10,
    ces: 6,
    rated: '2026-11-09T09:21',
  },
  {
    id: 'c2',
    visitor: 'v2',
    dept: 'sales',
    agent: 'a1',
    page: `${SHOP}/cart`,
    queued: '2026-11-09T10:00',
    assigned: '2026-11-09T10:03',
    firstResponse: '2026-11-09T10:04',
    ended: '2026-11-09T10:30',
    rating: 4,
    nps: 8,
    rated: '2026-11-09T10:31',
  },
  {
    id: 'c3',
    visitor: 'v3',
    dept: 'support',
    agent: 'a2',
    page: `${SHOP}/help/returns`,
    queued: '2026-11-09T14:00',
    assigned: '2026-11-09T14:06',
    firstResponse: '2026-11-09T14:08',
    ended: '2026-11-09T14:40',
    rating: 2,
    comment: '=HYPERLINK("http://evil.example","x")',
    nps: 3,
    ces: 2,
    rated: '2026-11-09T14:41',
  },
  // Tuesday 11-10: one unrated, one the visitor left before anyone answered, one across
  // local midnight (counted on the day it was queued).
  {
    id: 'c4',
    visitor: 'v4',
    dept: 'support',
    agent: 'a2',
    page: `${SHOP}/help`,
    queued: '2026-11-10T09:30',
    assigned: '2026-11-10T09:31',
    firstResponse: '2026-11-10T09:32',
    ended: '2026-11-10T09:50',
  },
  {
    id: 'c5',
    visitor: 'v5',
    dept: 'sales',
    agent: null,
    page: `${SHOP}/products/coffee`,
    queued: '2026-11-10T11:00',
    ended: '2026-11-10T11:03',
  },
  {
    id: 'c6',
    visitor: 'v6',
    dept: 'sales',
    agent: 'a1',
    page: `${SHOP}/cart`,
    queued: '2026-11-10T23:50',
    assigned: '2026-11-10T23:51',
    firstResponse: '2026-11-10T23:53',
    ended: '2026-11-11T00:20',
    rating: 5,
    comment: 'Cảm ơn, rất nhanh, "tuyệt"',
    ces: 7,
    rated: '2026-11-11T00:21',
  },
  // Wednesday 11-11: nothing. Thursday 11-12: v1 comes back (c1 was not resolved at first
  // contact), and a visitor gives up after 20 minutes in the queue.
  {
    id: 'c7',
    visitor: 'v1',
    dept: 'sales',
    agent: 'a1',
    page: `${SHOP}/products/tea`,
    queued: '2026-11-12T08:00',
    assigned: '2026-11-12T08:02',
    firstResponse: '2026-11-12T08:10',
    ended: '2026-11-12T08:30',
    rating: 3,
    rated: '2026-11-12T08:31',
  },
  {
    id: 'c8',
    visitor: 'v7',
    dept: 'support',
    agent: null,
    page: `${SHOP}/help`,
    queued: '2026-11-12T16:00',
    ended: '2026-11-12T16:20',
  },
]

export type EventRow = [
  session: string,
  type: string,
  local: string,
  extra: {
    text?: string
    faqId?: string
    confident?: boolean
    helpful?: boolean
    ruleId?: string
    page?: string
  },
]

export const FIXTURE_EVENTS: readonly EventRow[] = [
  [
    's6',
    'bot:question',
    '2026-11-05T09:00',
    { text: 'Giờ mở cửa?', faqId: 'hours', confident: true },
  ],
  [
    's1',
    'bot:question',
    '2026-11-09T08:00',
    {
      text: 'Phí ship bao nhiêu?',
      faqId: 'shipping',
      confident: true,
      page: `${SHOP}/products/tea`,
    },
  ],
  [
    's1',
    'bot:feedback',
    '2026-11-09T08:01',
    { faqId: 'shipping', helpful: true, page: `${SHOP}/products/tea` },
  ],
  [
    's2',
    'bot:question',
    '2026-11-09T08:50',
    { text: 'Tôi muốn đổi trả hàng', page: `${SHOP}/cart` },
  ],
  [
    's2',
    'bot:question',
    '2026-11-09T08:51',
    { text: 'tôi muốn đổi trả hàng!', page: `${SHOP}/cart` },
  ],
  ['s2', 'bot:handoff', '2026-11-09T08:55', { page: `${SHOP}/cart` }],
  [
    's3',
    'bot:question',
    '2026-11-10T12:00',
    { text: 'Do you ship to Hanoi?', faqId: 'shipping', confident: false, page: `${SHOP}/help` },
  ],
  [
    's3',
    'bot:feedback',
    '2026-11-10T12:01',
    { faqId: 'shipping', helpful: false, page: `${SHOP}/help` },
  ],
  [
    's4',
    'bot:question',
    '2026-11-10T23:55',
    { text: 'Giờ mở cửa?', faqId: 'hours', confident: true, page: `${SHOP}/help` },
  ],
  ['s4', 'bot:handoff', '2026-11-11T00:05', { page: `${SHOP}/help` }],
  [
    's5',
    'bot:question',
    '2026-11-12T09:00',
    { text: 'Tôi muốn đổi trả hàng', page: `${SHOP}/products/tea` },
  ],
  [
    's5',
    'bot:feedback',
    '2026-11-12T09:01',
    { faqId: 'returns', helpful: true, page: `${SHOP}/products/tea` },
  ],
  ['p1', 'proactive:shown', '2026-11-09T11:00', { ruleId: 'cart-help' }],
  ['p1', 'proactive:clicked', '2026-11-09T11:01', { ruleId: 'cart-help' }],
  ['p1', 'proactive:replied', '2026-11-09T11:02', { ruleId: 'cart-help' }],
  ['p2', 'proactive:shown', '2026-11-10T15:00', { ruleId: 'cart-help' }],
  ['p2', 'proactive:clicked', '2026-11-10T15:01', { ruleId: 'cart-help' }],
  ['p3', 'proactive:shown', '2026-11-12T10:00', { ruleId: 'cart-help' }],
  ['p3', 'proactive:dismissed', '2026-11-12T10:01', { ruleId: 'cart-help' }],
  ['p4', 'proactive:shown', '2026-11-12T10:30', { ruleId: 'welcome' }],
  ['p4', 'proactive:dismissed', '2026-11-12T10:31', { ruleId: 'welcome' }],
]
