import { expect, type Page, test } from '@playwright/test'
import { closeConsoles, openConsole, tab } from './handoff-support/console.ts'
import { ADMIN, HandoffServer, PASSWORD } from './handoff-support/server.ts'
import { closeVisitors, WidgetVisitor } from './handoff-support/widget-visitor.ts'
import { hostPage, serveShop, widgetBooted, widgetTag } from './widget-support.ts'

// Issue 8: proactive messages in the widget. The site's rules are saved on the real server
// (as an admin does in Settings → Proactive) and come to the widget with the site config;
// the customer site lives on a made-up origin. Playwright's clock stands in for waiting.

const SHOP = 'http://shop.example'
const SESSION_GAP_MS = 31 * 60 * 1000

const RULES = [
  {
    id: 'pricing-help',
    conditions: { all: [{ path: { prefix: '/pricing' } }, { timeOnPage: 10 }] },
    message: {
      text: 'Which plan suits you, **{{name|friend}}**?',
      sender: { type: 'agent', name: 'Lan' },
    },
  },
  {
    id: 'checkout-exit',
    conditions: { all: [{ path: { equals: '/checkout' } }, { exitIntent: true }] },
    message: { text: 'Wait! Questions about your order?' },
  },
  {
    id: 'cart-help',
    conditions: { event: 'cart_abandoned' },
    message: {
      text: 'Need a hand with your cart?',
      quickReplies: [{ label: 'Yes, please', text: 'Help me with my cart' }],
    },
  },
]

let server: HandoffServer
let adminCookie = ''

/** GET on the agent API as the admin. */
async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie: adminCookie } })
  expect(response.status, path).toBe(200)
  return (await response.json()) as T
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  server = new HandoffServer(3440)
  await server.start()
  const login = await fetch(`${server.url}/api/v1/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.email, password: PASSWORD }),
  })
  const cookie = String(login.headers.get('set-cookie')).split(';')[0] as string
  adminCookie = cookie
  const { csrf } = (await login.json()) as { csrf: string }
  const saved = await fetch(`${server.url}/api/v1/admin/sites/demo/proactive`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie, 'x-chao-csrf': csrf },
    body: JSON.stringify({ rules: RULES }),
  })
  expect(saved.status, await saved.text()).toBe(200)
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(async () => {
  await closeVisitors()
  await closeConsoles()
  await server.stop()
})

async function openShop(page: Page) {
  const tag = widgetTag(server.url, { server: server.url })
  const pages = Object.fromEntries(
    ['/', '/pricing', '/about', '/checkout'].map((path) => [path, hostPage(tag)]),
  )
  await serveShop(page, SHOP, pages)
  // Every proactive event the page can listen to, in order.
  await page.addInitScript(() => {
    // The snippet's stub: calls queue in `q` until chao.js takes over.
    const q: unknown[][] = []
    const stub = Object.assign((...args: unknown[]) => void q.push(args), { q })
    const w = window as unknown as { events: string[]; Chao: typeof stub }
    w.events = []
    w.Chao = stub
    w.Chao('on', 'proactive', (e: { type: string; ruleId: string }) =>
      w.events.push(`${e.type}:${e.ruleId}`),
    )
  })
  await page.clock.install()
}

const bubble = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ })
const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: string[] }).events)

/** The visitor leaves the site and comes back later: a new session. */
async function leaveForHalfAnHour(page: Page) {
  await page.goto('about:blank')
  await page.clock.fastForward(SESSION_GAP_MS)
}

/** Opens `path` and waits until this page's engine has started (it stores `lastVisit`). */
async function visit(page: Page, path: string) {
  await page.goto(`${SHOP}${path}`)
  const since = await page.evaluate(() => Date.now())
  await widgetBooted(page)
  await expect
    .poll(() =>
      page.evaluate((t) => {
        const state = JSON.parse(localStorage.getItem('chao:proactive') ?? 'null')
        return (state?.lastVisit ?? 0) >= t
      }, since),
    )
    .toBe(true)
}

test('the /pricing rule does not fire on another page', async ({ page }) => {
  await openShop(page)
  await visit(page, '/about')
  await page.clock.fastForward(20_000)
  await expect(page.locator('chao-widget')).toBeAttached()
  await expect(bubble(page)).toHaveCount(0)
  expect(await events(page)).toEqual([])
})

// Each test has its own browser context: a new visitor with a fresh clock.
test('"on /pricing after 10 s": not before, and once per session', async ({ page }) => {
  await openShop(page)
  // The bubble's chunk is part of the message: it loads when the rule fires, not before.
  const scripts: string[] = []
  page.on('request', (r) => void scripts.push(new URL(r.url()).pathname))
  const bubbleChunk = () => scripts.filter((path) => path.endsWith('/chao-bubble.js')).length
  await visit(page, '/pricing')
  await page.clock.fastForward(5_000)
  await expect(bubble(page)).toHaveCount(0)
  expect(scripts).toContain('/widget/chao-proactive.js')
  expect(bubbleChunk()).toBe(0)
  await page.clock.fastForward(6_000)
  await expect(bubble(page)).toContainText('Which plan suits you, friend?')
  expect(bubbleChunk()).toBe(1)
  await expect(bubble(page)).toContainText('Message from Lan')
  expect(await events(page)).toEqual(['shown:pricing-help'])

  // Same session: another page, back to /pricing, long enough: nothing more.
  await visit(page, '/about')
  await visit(page, '/pricing')
  await page.clock.fastForward(30_000)
  await expect(bubble(page)).toHaveCount(0)

  // A new session (after 30 min away) may show it again: it was not dismissed.
  await leaveForHalfAnHour(page)
  await visit(page, '/pricing')
  await page.clock.fastForward(11_000)
  await expect(bubble(page)).toContainText('Which plan suits you')
})

test('a dismissed message never comes back, even in a later session', async ({ page }) => {
  await openShop(page)
  await visit(page, '/pricing')
  await page.clock.fastForward(11_000)
  await expect(bubble(page)).toBeVisible()
  await page.getByRole('button', { name: 'Close message' }).click()
  await expect(bubble(page)).toHaveCount(0)
  expect(await events(page)).toEqual(['shown:pricing-help', 'dismissed:pricing-help'])

  await leaveForHalfAnHour(page)
  await visit(page, '/pricing')
  await page.clock.fastForward(30_000)
  await expect(bubble(page)).toHaveCount(0)
})

test('exit intent on desktop: the pointer leaving through the top', async ({ page }) => {
  await openShop(page)
  await visit(page, '/checkout')
  await page.mouse.move(600, 300)
  await page.mouse.move(600, 5)
  await expect(bubble(page)).toHaveCount(0)
  // Leaving the window upwards: Chromium fires mouseout with no related target, clientY <= 0.
  await page.evaluate(() =>
    document.dispatchEvent(
      new MouseEvent('mouseout', { clientX: 600, clientY: -2, bubbles: true, relatedTarget: null }),
    ),
  )
  await expect(bubble(page)).toContainText('Wait! Questions about your order?')
})

test("Chao('track', 'cart_abandoned') triggers its rule; the reply opens the chat", async ({
  page,
}) => {
  await openShop(page)
  const sent: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url() === `${server.url}/api/v1/sites/demo/events`)
      for (const e of (r.postDataJSON() as { events: { type: string }[] }).events)
        if (e.type.startsWith('proactive:')) sent.push(e.type)
  })
  await page.goto(`${SHOP}/`)
  // Called at once, before the engine loaded: queued like every other command.
  await page.evaluate(() =>
    (window as unknown as { Chao: (...a: unknown[]) => void }).Chao('track', 'cart_abandoned'),
  )
  await expect(bubble(page)).toContainText('Need a hand with your cart?')
  await bubble(page).getByRole('button', { name: 'Yes, please' }).click()

  // The chat opens with the message in the conversation and the visitor's reply after it.
  await expect(page.locator('[data-author="bot"]', { hasText: 'Need a hand' })).toBeVisible()
  await expect(
    page.locator('[data-author="visitor"]', { hasText: 'Help me with my cart' }),
  ).toBeVisible()
  await expect(bubble(page)).toHaveCount(0)
  await expect
    .poll(() => events(page))
    .toEqual(['shown:cart-help', 'clicked:cart-help', 'replied:cart-help'])
  // The reports get them too, once the visitor interacted.
  await expect
    .poll(() => sent)
    .toEqual(['proactive:shown', 'proactive:clicked', 'proactive:replied'])
})

test('a site without rules never loads the proactive engine', async ({ page }) => {
  const loaded: string[] = []
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname))
  await serveShop(page, SHOP, { '/': hostPage(widgetTag(server.url)) })
  await page.goto(`${SHOP}/`)
  await widgetBooted(page)
  await page.waitForLoadState('networkidle')
  expect(loaded.filter((path) => path.includes('chao-proactive'))).toEqual([])
})

test("an agent's proactive message from Live visitors reaches the visitor's open page", async ({
  browser,
}) => {
  const agent = await openConsole(browser, server.url, 'lan@e2e.chao')
  // A connected visitor: they asked for a person, then closed the chat and browse on.
  const visitor = await WidgetVisitor.open(browser, server.url, { path: '/about' })
  await visitor.askForHuman()
  await visitor.page.getByRole('button', { name: 'Close chat' }).first().click()

  await tab(agent, /Live visitors/).click()
  const list = agent.getByRole('list', { name: 'Visitors on the site' })
  // Pushed: the server tells the console (visitors:changed) when the visitor's page is known.
  await expect(list).toContainText(`${SHOP}/about`)
  await expect(list).toContainText('Shop')
  await list.getByRole('button').first().click()
  await agent.getByRole('textbox', { name: /Message to/ }).fill('Hi! **Lan** here — need a hand?')
  await agent.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(agent.getByRole('status').filter({ hasText: 'Sent to' })).toBeVisible()

  const shown = bubble(visitor.page)
  await expect(shown).toContainText('Hi! Lan here — need a hand?')
  await expect(shown).toContainText('Message from Lan')
  await expect(shown.locator('strong')).toHaveText('Lan')
})

test('with presence on, a visitor who never touched the widget is listed and reachable', async ({
  browser,
}) => {
  const agent = await openConsole(browser, server.url, 'lan@e2e.chao')
  const context = await browser.newContext()
  const page = await context.newPage()
  const tag = widgetTag(server.url, { server: server.url, presence: 'true' })
  await serveShop(page, SHOP, { '/checkout': hostPage(tag) })
  await page.goto(`${SHOP}/checkout`)
  await widgetBooted(page)

  await tab(agent, /Live visitors/).click()
  const list = agent.getByRole('list', { name: 'Visitors on the site' })
  await expect(list).toContainText(`${SHOP}/checkout`)
  await list
    .getByRole('button', { name: /checkout|Shop/ })
    .last()
    .click()
  await agent.getByRole('textbox', { name: /Message to/ }).fill('Any question about delivery?')
  await agent.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(bubble(page)).toContainText('Any question about delivery?')
  await expect(bubble(page)).toContainText('Message from Lan')

  // The visitor answers and asks for a person: the live chat's connection is the same
  // visitor as the presence one, so the list keeps one entry and the chat is theirs.
  type Live = { visitors: { visitorId: string; url: string; siteId: string }[] }
  const onCheckout = async () =>
    (await api<Live>('/api/v1/visitors/live')).visitors.filter((v) => v.url.endsWith('/checkout'))
  const [present] = await onCheckout()
  expect(present?.siteId).toBe('demo')
  await bubble(page).getByRole('button', { name: 'Reply' }).click()
  const composer = page.getByRole('textbox', { name: 'Message', exact: true })
  await composer.fill('talk to a person')
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(page.getByRole('log')).toContainText('Connecting you with a person from our team')
  type Inbox = { conversations: { visitor: { id: string } }[] }
  await expect
    .poll(async () =>
      (await api<Inbox>('/api/v1/agent/conversations?view=open')).conversations.map(
        (c) => c.visitor.id,
      ),
    )
    .toContain(present?.visitorId)
  expect((await onCheckout()).map((v) => v.visitorId)).toEqual([present?.visitorId])
  await context.close()
})
