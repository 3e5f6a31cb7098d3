import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { expect, type Page } from '@playwright/test'

export const repoRoot = resolve(import.meta.dirname, '..')

/** Launcher and composer names, per locale (what a screen reader announces). */
export const names = {
  vi: { open: 'Mở trò chuyện', message: 'Tin nhắn', send: 'Gửi' },
  en: { open: 'Open chat', message: 'Message', send: 'Send' },
} as const

export type Locale = keyof typeof names

export function botMessages(page: Page) {
  return page.locator('[data-author="bot"]')
}

/** Opens the chat from the launcher, as a visitor would. */
export async function openChat(page: Page, locale: Locale) {
  await page.getByRole('button', { name: names[locale].open }).click()
  await expect(page.getByRole('textbox', { name: names[locale].message })).toBeVisible()
}

/** Types a question, sends it, and returns the text of the bot's reply to it. */
export async function ask(page: Page, question: string, locale: Locale): Promise<string> {
  const bot = botMessages(page)
  const before = await bot.count()
  await page.getByRole('textbox', { name: names[locale].message }).fill(question)
  await page.getByRole('button', { name: names[locale].send }).click()
  await expect(bot).toHaveCount(before + 1)
  await expect(page.locator('[data-author="visitor"]').last()).toContainText(question)
  return ((await bot.last().textContent()) ?? '').trim()
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
}

/**
 * Serves a folder of this repository at another origin (e.g. `http://shop.example`), as a
 * customer's website would be: the widget then loads cross-origin from our server, exactly
 * as in production. `rewrite` edits HTML files (e.g. to point at the test server's port).
 */
export async function serveSite(
  page: Page,
  origin: string,
  dir: string,
  rewrite: (html: string) => string = (h) => h,
) {
  await page.route(`${origin}/**`, async (route) => {
    let path = new URL(route.request().url()).pathname
    if (path.endsWith('/')) path += 'index.html'
    try {
      const file = join(repoRoot, dir, decodeURIComponent(path))
      let body: string | Buffer = readFileSync(file)
      const type = types[extname(file)] ?? 'application/octet-stream'
      if (type.startsWith('text/html')) body = rewrite(body.toString('utf8'))
      await route.fulfill({ status: 200, contentType: type, body })
    } catch {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
    }
  })
}

/** Serves one HTML document at `url` (any other path of that origin is a 404). */
export async function servePage(
  page: Page,
  url: string,
  html: string,
  extra: Record<string, string> = {},
) {
  const origin = new URL(url).origin
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (route.request().url() === url || path === new URL(url).pathname) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    }
    const body = extra[path]
    if (body !== undefined) {
      return route.fulfill({ status: 200, contentType: 'application/json', body })
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
  })
}

/** Console errors the widget printed (its own, prefixed `[Chao]`). */
export function chaoErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' && msg.text().startsWith('[Chao]')) errors.push(msg.text())
  })
  return errors
}

/** Waits until a server process we spawned answers `GET /healthz`; fails fast if it exits. */
export async function waitUntilHealthy(child: ChildProcess, url: string) {
  await expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`)
        return fetch(`${url}/healthz`).then(
          (r) => r.status,
          () => 0,
        )
      },
      { timeout: 15_000, intervals: [50] },
    )
    .toBe(200)
}
