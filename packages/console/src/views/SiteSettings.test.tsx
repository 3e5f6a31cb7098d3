// @vitest-environment jsdom
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { $sites, resetSites, setSitesEnv } from '../stores/sites.ts'
import { SiteSettings } from './SiteSettings.tsx'

// The settings' site picker over a fake admin API: shown with several sites only; the
// chosen site's survey is loaded and saved, the other site's is never sent; the URL follows.

const DEMO = { id: 'demo', name: 'Chao Shop' }
const BLOG = { id: 'blog', name: 'Lan Blog' }

let root: HTMLElement
let search = ''
let calls: { method: string; url: string; body: unknown }[] = []
const surveys: Record<string, unknown> = {
  demo: { csat: true },
  blog: { csat: false, nps: true },
}
const leads: Record<string, unknown> = {
  blog: { when: 'after-unanswered', fields: [{ field: 'email' }] },
}

beforeEach(() => {
  search = ''
  calls = []
  resetSites()
  setSitesEnv({
    search: () => search,
    setSearch: (next) => {
      search = next
    },
  })
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const body = init.body && JSON.parse(String(init.body))
      calls.push({ method: init.method ?? 'GET', url, body })
      const [, site, setting] =
        /\/admin\/sites\/([^/]+)\/(survey|proactive|lead-capture)$/.exec(url) ?? []
      if (site === undefined) throw new Error(`unexpected request ${url}`)
      if (init.method === 'PUT') return Response.json(body)
      if (setting === 'lead-capture') return Response.json({ leadCapture: leads[site] ?? null })
      return Response.json(setting === 'survey' ? { survey: surveys[site] } : { rules: [] })
    }),
  )
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => {
  render(null, root)
  root.remove()
  vi.unstubAllGlobals()
})

const picker = () => root.querySelector('select')
const checkbox = (label: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.textContent?.trim().startsWith(label))
    ?.querySelector('input') as HTMLInputElement | undefined

it('has no picker on a single-site server, and edits that site', async () => {
  $sites.set([DEMO])
  await act(async () => render(<SiteSettings tab="survey" />, root))
  await vi.waitFor(() => expect(checkbox('CSAT')?.checked).toBe(true))
  expect(picker()).toBeNull()
  expect(calls.map((c) => c.url)).toEqual(['/api/v1/admin/sites/demo/survey'])
  expect(search).toBe('?settings=survey&site=demo')
})

it('says which site it edits when the list of sites did not load', async () => {
  $sites.set([]) // what loadSites leaves after a failed request
  await act(async () => render(<SiteSettings tab="survey" />, root))
  await vi.waitFor(() => expect(checkbox('CSAT')?.checked).toBe(true))
  expect(root.querySelector('[role="status"]')?.textContent).toContain(
    'The list of sites did not load: these are the settings of the site “demo”.',
  )
  expect(picker()).toBeNull()
})

it("switches to another site's survey with the labelled picker and saves only that one", async () => {
  $sites.set([DEMO, BLOG])
  await act(async () => render(<SiteSettings tab="survey" />, root))
  const select = picker() as HTMLSelectElement
  // The label names the control (its accessible name is "Site").
  expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Site')
  expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
    ['demo', 'Chao Shop (demo)'],
    ['blog', 'Lan Blog (blog)'],
  ])
  expect(select.value).toBe('demo')
  await vi.waitFor(() => expect(checkbox('CSAT')?.checked).toBe(true))

  select.value = 'blog'
  await act(async () => {
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
  expect(search).toBe('?settings=survey&site=blog')
  await vi.waitFor(() => expect(checkbox('NPS')?.checked).toBe(true))
  expect(checkbox('CSAT')?.checked).toBe(false)

  await act(async () => checkbox('CES')?.click())
  await act(async () =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save survey')?.click(),
  )
  await vi.waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1))
  expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
    'GET /api/v1/admin/sites/demo/survey',
    'GET /api/v1/admin/sites/blog/survey',
    'PUT /api/v1/admin/sites/blog/survey',
  ])
  expect(calls.at(-1)?.body).toEqual({ survey: { csat: false, nps: true, ces: true } })
})

it("reads the chosen site's proactive rules, and leaves the address clean when closed", async () => {
  $sites.set([DEMO, BLOG])
  await act(async () => render(<SiteSettings tab="proactive" />, root))
  expect(search).toBe('?settings=proactive&site=demo')
  const select = picker() as HTMLSelectElement
  select.value = 'blog'
  await act(async () => {
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await vi.waitFor(() => expect(root.querySelector('textarea')?.value).toBe('[]'))
  expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
    'GET /api/v1/admin/sites/demo/proactive',
    'GET /api/v1/admin/sites/blog/proactive',
  ])
  await act(async () => render(null, root))
  expect(search).toBe('')
})

it("edits the chosen site's lead capture, kept in the address, and saves only that one", async () => {
  $sites.set([DEMO, BLOG])
  await act(async () => render(<SiteSettings tab="lead-capture" />, root))
  expect(search).toBe('?settings=lead-capture&site=demo')
  const select = picker() as HTMLSelectElement
  const when = () => root.querySelector('select[id$="-when"]') as HTMLSelectElement | null
  await vi.waitFor(() => expect(when()?.value).toBe('off'))
  select.value = 'blog'
  await act(async () => {
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
  expect(search).toBe('?settings=lead-capture&site=blog')
  await vi.waitFor(() => expect(when()?.value).toBe('after-unanswered'))
  await act(async () =>
    [...root.querySelectorAll('button')]
      .find((b) => b.textContent === 'Save lead capture')
      ?.click(),
  )
  await vi.waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1))
  expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
    'GET /api/v1/admin/sites/demo/lead-capture',
    'GET /api/v1/admin/sites/blog/lead-capture',
    'PUT /api/v1/admin/sites/blog/lead-capture',
  ])
  expect(calls.at(-1)?.body).toEqual({
    leadCapture: { when: 'after-unanswered', fields: [{ field: 'email' }] },
  })
})
