import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test'
import { PASSWORD } from './server.ts'

const contexts = new Set<BrowserContext>()

/**
 * Closes every console opened by `openConsole`. Call it before stopping the server: a
 * console reconnecting while the server stops can hold the stop (see the report).
 */
export async function closeConsoles(): Promise<void> {
  for (const context of contexts) await context.close()
  contexts.clear()
}

/** An agent in their own browser context, logged in to the console (and so online). */
export async function openConsole(browser: Browser, url: string, email: string): Promise<Page> {
  const context = await browser.newContext()
  contexts.add(context)
  context.on('close', () => contexts.delete(context))
  const page = await context.newPage()
  await page.goto(`${url}/console/`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByText('Connected')).toBeVisible()
  return page
}

export function tab(page: Page, name: RegExp) {
  return page.getByRole('tab', { name })
}

/** Opens the first conversation of a tab whose entry mentions `who`. */
export async function openChat(page: Page, tabName: RegExp, who: string) {
  await tab(page, tabName).click()
  await page
    .getByRole('button', { name: new RegExp(who) })
    .first()
    .click()
  await expect(page.getByRole('region', { name: 'Conversation' })).toBeVisible()
}

/** The agent opens Mai Pham's chat in `tabName`, answers `reply` (seen by the visitor), then ends it. */
export async function answerAndEnd(
  agent: Page,
  visitor: Page,
  tabName: RegExp,
  reply: string,
): Promise<void> {
  await openChat(agent, tabName, 'Mai Pham')
  const chat = agent.getByRole('region', { name: 'Conversation' })
  await chat.getByRole('textbox', { name: 'Reply' }).fill(reply)
  await chat.getByRole('button', { name: 'Send' }).click()
  await expect(visitor.locator('[data-author="agent"]').last()).toContainText(reply)
  await chat.getByRole('button', { name: 'End chat' }).click()
}
