import { expect, type Page } from '@playwright/test'
import { openChat } from './console.ts'

/**
 * The visitor (the widget, set up with `pre-chat: name,email`) opens the chat, fills the
 * pre-chat form as Mai Pham and asks for a person; resolves once an agent joined.
 */
export async function startLiveChat(visitor: Page, joined = 'joined the chat'): Promise<void> {
  await visitor.getByRole('button', { name: 'Open chat' }).click()
  await visitor.getByLabel('Name').fill('Mai Pham')
  await visitor.getByLabel('Email').fill('mai@example.com')
  await visitor.getByRole('button', { name: 'Start chat' }).click()
  const composer = visitor.getByRole('textbox', { name: 'Message', exact: true })
  await composer.fill('talk to a person')
  await composer.press('Enter')
  // The first handoff loads the live chunk and socket.io: allow for a busy machine.
  await expect(visitor.locator('[data-author="system"]').filter({ hasText: joined })).toBeVisible({
    timeout: 15_000,
  })
}

/** The agent opens Mai's chat in `tabName`, answers `reply` (seen by the visitor), then ends it. */
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
