import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test'
import { REPORT_FIXTURE_PASSWORD } from '../../packages/server/src/reports/fixture-data.ts'
import { ServerProcess } from '../server-process.ts'

/**
 * The built reference server on a database seeded with the reports fixture
 * (`chao seed fixture --db <file>`, packages/server/src/reports/fixture.ts), in its own
 * process on its own port (3431–3439; 3430 is the default webServer when CHAO_E2E_PORT=3430).
 */
export class ReportsServer extends ServerProcess {
  override async start(): Promise<void> {
    this.cli(['seed', 'fixture', '--db', this.database])
    await super.start()
  }
}

const contexts = new Set<BrowserContext>()

/** Closes every console opened by `openReports` (before the server stops). */
export async function closeConsoles(): Promise<void> {
  for (const context of contexts) await context.close()
  contexts.clear()
}

/**
 * A fixture agent logged in to the console at `search` (a shared report link), in a
 * browser whose time zone is `timezoneId`.
 */
export async function openReports(
  browser: Browser,
  url: string,
  search: string,
  { email = 'an@fixture.chao', timezoneId = 'UTC' } = {},
): Promise<Page> {
  const context = await browser.newContext({ timezoneId, acceptDownloads: true })
  contexts.add(context)
  context.on('close', () => contexts.delete(context))
  const page = await context.newPage()
  await page.goto(`${url}/console/${search}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(REPORT_FIXTURE_PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('region', { name: 'Reports' })).toBeVisible()
  await expect(page.locator('.report-body')).toBeVisible()
  return page
}

/** The text of every body row of the table captioned `caption`. */
export async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) })
  await expect(table).toHaveCount(1)
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...(r as HTMLTableRowElement).cells].map((c) => c.textContent?.trim() ?? ''),
      ),
    )
}

/** RFC 4180 parsing, enough for the server's CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''))
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}

/** Clicks the table's "Download CSV" link; the file's name and its rows by column. */
export async function downloadCsv(
  page: Page,
  caption: string,
): Promise<{ name: string; rows: Record<string, string>[] }> {
  const link = page.getByRole('link', { name: `Download CSV of ${caption}`, exact: true })
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  const { readFile } = await import('node:fs/promises')
  const path = await download.path()
  const [header = [], ...rows] = parseCsv(await readFile(path, 'utf8'))
  return {
    name: download.suggestedFilename(),
    rows: rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))),
  }
}
