import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { Probe } from '../packages/connector/dist/testing/index.js'
import { AgentView, agentAdapter } from './connector-harness/agent.ts'
import { harnessBundle } from './connector-harness/bundle.ts'
import { LossyProxy } from './connector-harness/proxy.ts'
import { AGENT_TOKEN, ServerProcess } from './connector-harness/server.ts'

// Acceptance of issue 6: nothing the visitor writes is lost or duplicated while the
// network drops, the server is killed and restarted, and the page reloads. The server runs
// in its own process so the test can kill it; the page reaches it through a proxy that can
// lose the server's answers, so every fault strikes messages the server stored but whose
// acks never arrived (the case where a careless retry duplicates). Ports 3321–3329.

const expected = Array.from({ length: 100 }, (_, i) => `m${i + 1}`)

interface Harness {
  send(text: string): string
  state(): string
  pending(): number
  session(): { conversationId?: string }
  list(): string[]
  ready: Promise<boolean>
}
declare const harness: Harness

class Scenario {
  next = 1
  agent!: AgentView
  proxy!: LossyProxy
  readonly server: ServerProcess

  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    port: number,
  ) {
    this.server = new ServerProcess(port)
  }

  async start(proxyPort: number) {
    await this.server.start()
    this.proxy = await LossyProxy.start(proxyPort, this.server.port)
    this.agent = new AgentView(this.server.url)
    await expect.poll(() => this.agent.connector.$connection.get()).toBe('online')
    await this.openPage()
  }

  async openPage() {
    const code = await harnessBundle()
    await this.page.route('http://harness.test/**', (route) =>
      new URL(route.request().url()).pathname === '/page.js'
        ? route.fulfill({ contentType: 'text/javascript', body: code })
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>harness</title><script type="module" src="/page.js"></script>',
          }),
    )
    await this.page.goto(`http://harness.test/?server=${encodeURIComponent(this.proxy.url)}`)
    await this.ready()
  }

  async ready() {
    await this.page.waitForFunction(() => typeof harness !== 'undefined')
    await this.page.evaluate(() => harness.ready)
  }

  state() {
    return this.page.evaluate(() => harness.state())
  }

  /** Sends the next `n` messages (m<next>…). */
  async send(n: number) {
    const from = this.next
    this.next += n
    await this.page.evaluate(
      ([a, b]) => {
        for (let i = a; i < b; i++) harness.send(`m${i}`)
      },
      [from, this.next] as [number, number],
    )
  }

  /** Sends `n` messages that the server stores but whose acks are lost. */
  async sendUnacknowledged(n: number) {
    // Once the link is up and quiet, so only these messages' answers are lost.
    await expect.poll(() => this.state()).toBe('online')
    await expect.poll(() => this.page.evaluate(() => harness.pending())).toBe(0)
    this.proxy.loseAnswers(true)
    await this.send(n)
    await expect.poll(() => this.agent.count(), { timeout: 10_000 }).toBe(this.next - 1)
    expect(await this.page.evaluate(() => harness.pending())).toBeGreaterThanOrEqual(n)
  }

  async dropNetwork() {
    await this.context.setOffline(true)
    await expect.poll(() => this.state()).toBe('offline')
    this.proxy.loseAnswers(false)
  }

  async restoreNetwork() {
    await this.context.setOffline(false)
  }

  async restartServer(during: () => Promise<void>) {
    await this.server.kill()
    this.proxy.loseAnswers(false)
    await expect.poll(() => this.state()).toBe('offline')
    await during()
    await this.server.start()
  }

  /** Both sides, and the stored conversation, hold m1…m100 once each, in order. */
  async expectAllDelivered() {
    const { page, agent } = this
    await expect.poll(() => page.evaluate(() => harness.pending()), { timeout: 20_000 }).toBe(0)
    const { conversationId } = await page.evaluate(() => harness.session())
    if (conversationId === undefined) throw new Error('The visitor has no conversation')
    await expect
      .poll(() => page.evaluate(() => harness.list()), { timeout: 10_000 })
      .toEqual(expected)
    await expect.poll(() => agent.texts(conversationId), { timeout: 10_000 }).toEqual(expected)
    // Read back from the database by a fresh agent connection, from seq 0.
    const { probe } = await Probe.open(agentAdapter(this.server.url), 'demo', {
      token: AGENT_TOKEN,
      resume: [{ conversationId, lastSeq: 0 }],
    })
    const stored: string[] = []
    for (let seq = 1; seq <= 100; seq++) {
      const frame = await probe.next((f) => f.type === 'message:new' && f.seq === seq)
      if (frame.type === 'message:new') stored.push(frame.message.text)
    }
    expect(stored).toEqual(expected)
    const after = await probe.message('sentinel-after-check', 'end of test', { conversationId })
    expect(after.seq).toBe(101) // nothing beyond the 100 was stored
    await probe.close()
  }

  async stop() {
    this.agent?.connector.destroy()
    await this.proxy?.close()
    await this.server.kill()
  }
}

let scenario: Scenario | undefined
test.afterEach(async () => {
  await scenario?.stop()
  scenario = undefined
})

test('100 messages through 5 network drops and 2 server restarts arrive once, in order', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000)
  const s = new Scenario(page, context, 3321)
  scenario = s
  await s.start(3322)
  for (const fault of ['drop', 'drop', 'restart', 'drop', 'restart', 'drop', 'drop']) {
    await s.send(4)
    await s.sendUnacknowledged(4)
    if (fault === 'drop') {
      await s.dropNetwork()
      await s.send(4) // written while offline: they wait in the outbox
      await s.restoreNetwork()
    } else {
      await s.restartServer(() => s.send(4))
    }
  }
  await s.send(101 - s.next)
  await s.expectAllDelivered()
})

test('a reload in the middle of sending loses nothing and sends each pending message once', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000)
  const s = new Scenario(page, context, 3323)
  scenario = s
  await s.start(3324)
  await s.send(20)
  // Stored by the server, acks lost, then the page goes away with them in its outbox.
  await s.sendUnacknowledged(10)
  await page.reload()
  s.proxy.loseAnswers(false)
  await s.ready()
  await s.send(20)
  // Written while the server is down, then reloaded before it comes back.
  await s.restartServer(async () => {
    await s.send(20)
    await page.reload()
    await s.ready()
    expect(await page.evaluate(() => harness.pending())).toBeGreaterThanOrEqual(20)
  })
  await s.send(101 - s.next)
  await s.expectAllDelivered()
})
