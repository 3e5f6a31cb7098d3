import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { openChat, openConsole, tab } from './handoff-support/console.ts'
import { ADMIN, HandoffServer } from './handoff-support/server.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'

// The console on a server with two sites, `demo` ("Chao Shop") and `blog` ("Lan Blog",
// added with `chao site create`; ports 3640–3644): the admin picks the blog in the
// settings' Site picker and changes its survey and lead capture, which the blog's widget
// config then has while demo's is unchanged; a chat from a data-site="blog" widget is
// labelled "Lan Blog".

const server = new HandoffServer(3640)
// The tests share this one server (its sites are made once): one worker runs them in order.
test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  server.cli(['site', 'create', '--id', 'blog', '--name', 'Lan Blog'])
  await server.start()
})
test.afterAll(() => closeAll(server))

const config = async (site: string) =>
  (await fetch(`${server.url}/api/v1/config?site=${site}`)).json() as Promise<{
    survey?: unknown
    leadCapture?: unknown
  }>

test("the admin switches the settings to the blog and saves its survey; demo's stays", async ({
  browser,
}) => {
  const admin = await openConsole(browser, server.url, ADMIN.email)
  await tab(admin, /Survey/).click()
  const site = admin.getByRole('combobox', { name: 'Site' })
  await expect(site).toHaveValue('demo')
  // The picker works from the keyboard: focus it, the next option is the blog.
  await site.focus()
  await admin.keyboard.press('ArrowDown')
  await expect(site).toHaveValue('blog')
  await expect(admin).toHaveURL(/\?settings=survey&site=blog$/)

  const form = admin.getByRole('region', { name: 'Post-chat survey' })
  await form.getByRole('checkbox', { name: /^CSAT/ }).uncheck()
  await form.getByRole('checkbox', { name: /^NPS/ }).check()
  await form.getByRole('button', { name: 'Save survey' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved.')

  expect((await config('blog')).survey).toEqual({ csat: false, nps: true, ces: false })
  expect((await config('demo')).survey).toBeUndefined()

  // The link keeps the site: a reload opens the blog's survey as saved.
  await admin.reload()
  await expect(admin.getByRole('combobox', { name: 'Site' })).toHaveValue('blog')
  await expect(form.getByRole('checkbox', { name: /^NPS/ })).toBeChecked()
  await expect(form.getByRole('checkbox', { name: /^CSAT/ })).not.toBeChecked()
  // And demo's survey is the default one.
  await admin.getByRole('combobox', { name: 'Site' }).selectOption('demo')
  await expect(form.getByRole('checkbox', { name: /^CSAT/ })).toBeChecked()
  await expect(form.getByRole('checkbox', { name: /^NPS/ })).not.toBeChecked()
})

test("the admin sets the blog's lead capture in the console; demo's stays off", async ({
  browser,
}) => {
  const admin = await openConsole(browser, server.url, ADMIN.email)
  await tab(admin, /Lead capture/).click()
  await admin.getByRole('combobox', { name: 'Site' }).selectOption('blog')
  await expect(admin).toHaveURL(/\?settings=lead-capture&site=blog$/)
  const form = admin.getByRole('region', { name: 'Lead capture' })
  const when = form.getByRole('combobox', { name: 'When the bot asks' })
  await expect(when).toHaveValue('off')
  await when.selectOption('offline')
  await form.getByRole('combobox', { name: 'Name' }).selectOption('no')
  await form.getByRole('button', { name: 'Ask phone earlier' }).click()
  await form.getByRole('button', { name: 'Save lead capture' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved.')

  expect((await config('blog')).leadCapture).toEqual({
    when: 'offline',
    fields: [{ field: 'phone', optional: true }, { field: 'email' }],
  })
  expect((await config('demo')).leadCapture).toBeUndefined()
})

test('a chat from the blog’s widget is labelled "Lan Blog" in the inbox and the conversation', async ({
  browser,
}) => {
  test.setTimeout(60_000)
  const admin = await openConsole(browser, server.url, ADMIN.email)
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name: 'Minh Blog', email: 'minh@example.com' },
    data: { site: 'blog' },
  })
  await visitor.askForHuman()
  await visitor.joined(ADMIN.name)

  await tab(admin, /Mine/).click()
  const entry = admin
    .getByRole('list', { name: 'Mine conversations' })
    .getByRole('button', { name: /Minh Blog/ })
  await expect(entry).toContainText('Lan Blog')
  await openChat(admin, /Mine/, 'Minh Blog')
  await expect(
    admin.getByRole('region', { name: 'Conversation' }).locator('header .site'),
  ).toHaveText('Lan Blog · ')
})
