import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test'
import { hostPage, serveShop, widgetTag } from '../widget-support.ts'

// The visitor of the handoff specs: the real widget (the built chao.js with data-server)
// on a customer's page at a made-up origin, in its own browser context, exactly as a
// shopper would use it. Agents are the console in other contexts (console.ts).

export const SHOP = 'http://shop.example'

export interface WidgetVisitorOptions {
  /** Ask name and email in the pre-chat form first (`data-pre-chat`). */
  contact?: { name: string; email: string }
  /** More data attributes of the script tag, e.g. `{ attachments: 'image/*,.pdf' }`. */
  data?: Record<string, string>
  /** The page's path on the shop. */
  path?: string
  /** HTML of the page before the widget's script tag (e.g. the page's own `Chao('on')`). */
  head?: string
}

const contexts = new Set<BrowserContext>()

/** Closes every visitor context; call before stopping the server. */
export async function closeVisitors(): Promise<void> {
  for (const context of contexts) await context.close()
  contexts.clear()
}

export class WidgetVisitor {
  private constructor(
    readonly page: Page,
    readonly path: string,
  ) {}

  /** A shop page with the widget talking to `server`; the chat is opened and greeted. */
  static async open(browser: Browser, server: string, options: WidgetVisitorOptions = {}) {
    const context = await browser.newContext()
    contexts.add(context)
    context.on('close', () => contexts.delete(context))
    const page = await context.newPage()
    // The widget reports problems on the console; print them so a failure says why.
    page.on('console', (m) => m.type() === 'error' && console.log(`[visitor console] ${m.text()}`))
    page.on(
      'response',
      (r) => r.status() >= 400 && console.log(`[visitor] ${r.status()} ${r.url()}`),
    )
    const path = options.path ?? '/pricing'
    const data = {
      server,
      ...(options.contact ? { 'pre-chat': 'name,email' } : {}),
      ...options.data,
    }
    await serveShop(page, SHOP, {
      [path]: hostPage((options.head ?? '') + widgetTag(server, data)),
    })
    await page.goto(`${SHOP}${path}`)
    const visitor = new WidgetVisitor(page, path)
    await page.getByRole('button', { name: 'Open chat' }).click()
    if (options.contact) {
      await page.getByLabel('Name').fill(options.contact.name)
      await page.getByLabel('Email').fill(options.contact.email)
      await page.getByRole('button', { name: 'Start chat' }).click()
    }
    await expect(visitor.composer).toBeVisible()
    return visitor
  }

  get composer() {
    return this.page.getByRole('textbox', { name: 'Message', exact: true })
  }

  /** The conversation as the visitor sees it. */
  get log() {
    return this.page.getByRole('log')
  }

  lines(author: 'visitor' | 'agent' | 'bot' | 'system') {
    return this.page.locator(`[data-author="${author}"]`)
  }

  async send(text: string): Promise<void> {
    await this.composer.fill(text)
    await this.page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(this.lines('visitor').filter({ hasText: text }).last()).toBeVisible()
  }

  /** Asks the bot for a person, as a visitor types it. */
  async askForHuman(): Promise<void> {
    await this.send('talk to a person')
    await expect(this.log).toContainText('Connecting you with a person from our team')
  }

  /** Waits for an agent to join (the first handoff loads the live chunk and socket.io). */
  async joined(agentName = ''): Promise<void> {
    const line = this.lines('system').filter({ hasText: `${agentName} joined the chat` })
    await expect(line.last()).toBeVisible({ timeout: 15_000 })
  }
}
