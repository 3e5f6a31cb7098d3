// @vitest-environment jsdom
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { LeadCaptureSettings } from './LeadCaptureSettings.tsx'
import { type Answer, expectRefusal, fakeAdminApi } from './settings-testing.ts'

// Settings → Lead capture over a fake admin API: loads the chosen site's setting, edits when
// and which details the bot asks (and their order), saves it to that site, offers nothing
// to save before the setting is in, and lists the server's problems when it refuses.

let root: HTMLElement
afterEach(() => {
  render(null, root)
  root.remove()
  vi.unstubAllGlobals()
})

async function show(answers: (Answer | Promise<Answer>)[], site = 'demo') {
  const calls = fakeAdminApi(answers)
  root = document.createElement('div')
  document.body.append(root)
  await act(async () => render(<LeadCaptureSettings site={site} />, root))
  return calls
}

/** The control a <label for> names, as a user finds it by its label. */
const control = (label: string) => {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent === label)
  return root.querySelector(`[id="${found?.htmlFor}"]`) as HTMLSelectElement | null
}
const button = (text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text)
const order = () => [...root.querySelectorAll('fieldset li label')].map((l) => l.textContent)
async function choose(select: HTMLSelectElement | null, value: string) {
  if (select === null) throw new Error('no such control')
  select.value = value
  await act(async () => {
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
}
async function save() {
  const found = await vi.waitFor(() => {
    const b = button('Save lead capture')
    if (b === undefined) throw new Error('no Save lead capture button yet')
    return b
  })
  await act(async () => found.click())
}

it("shows the chosen site's setting, and saves the edited one to that site", async () => {
  const saved = {
    when: 'offline',
    fields: [{ field: 'email' }, { field: 'phone', optional: true }],
  }
  const calls = await show([() => ({ leadCapture: saved }), (body) => body], 'blog')
  await vi.waitFor(() => expect(control('When the bot asks')?.value).toBe('offline'))
  // The saved fields in their order, then the one not asked.
  expect(order()).toEqual(['Email', 'Phone', 'Name'])
  expect(control('Email')?.value).toBe('required')
  expect(control('Phone')?.value).toBe('optional')
  expect(control('Name')?.value).toBe('no')
  expect(root.querySelector('fieldset')?.disabled).toBe(false)

  await choose(control('When the bot asks'), 'after-unanswered')
  await choose(control('Name'), 'required')
  await act(async () => button('Ask name earlier')?.click())
  // Focus stays with the moved detail: its button, then its list once it is first.
  expect(document.activeElement).toBe(button('Ask name earlier'))
  await act(async () => button('Ask name earlier')?.click())
  expect(document.activeElement).toBe(control('Name'))
  await act(async () => button('Ask email earlier')?.click())
  await choose(control('Phone'), 'no')
  expect(order()).toEqual(['Email', 'Name', 'Phone'])
  await save()
  await vi.waitFor(() => expect(calls).toHaveLength(2))
  expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/v1/admin/sites/blog/lead-capture' })
  expect(calls[1]).toEqual({
    method: 'PUT',
    url: '/api/v1/admin/sites/blog/lead-capture',
    body: {
      leadCapture: { when: 'after-unanswered', fields: [{ field: 'email' }, { field: 'name' }] },
    },
  })
  await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.'))
})

it('turns it off: "Never" saves null, and the details cannot be edited meanwhile', async () => {
  const saved = { when: 'before-handoff', fields: [{ field: 'name' }] }
  const calls = await show([() => ({ leadCapture: saved }), (body) => body])
  await vi.waitFor(() => expect(control('When the bot asks')?.value).toBe('before-handoff'))
  await choose(control('When the bot asks'), 'off')
  expect(root.querySelector('fieldset')?.disabled).toBe(true)
  await save()
  await vi.waitFor(() => expect(calls).toHaveLength(2))
  expect(calls[1]).toMatchObject({ method: 'PUT', body: { leadCapture: null } })
})

it('offers nothing to save until the setting is loaded, then the default fields', async () => {
  let answer: (value: Answer) => void = () => {}
  const loading = new Promise<Answer>((resolve) => {
    answer = resolve
  })
  const calls = await show([loading])
  expect(root.textContent).toContain('Loading…')
  expect(button('Save lead capture')).toBeUndefined()
  expect(root.querySelector('select')).toBeNull()
  await act(async () => answer(() => ({ leadCapture: null })))
  await vi.waitFor(() => expect(button('Save lead capture')).toBeDefined())
  expect(control('When the bot asks')?.value).toBe('off')
  // Nothing saved yet: the documented example, "name, email, phone?", ready to switch on.
  expect(order()).toEqual(['Name', 'Email', 'Phone'])
  expect(control('Phone')?.value).toBe('optional')
  expect(calls).toHaveLength(1)
})

it("lists the server's problems when it refuses", async () => {
  const refusal = {
    error: 'invalid_lead_capture',
    message: 'The lead capture setting is invalid; nothing was saved.',
    problems: ['leadCapture needs fields, e.g. "offline: name, email, phone?"; got {}.'],
  }
  const calls = await show([() => ({ leadCapture: null }), () => [400, refusal]])
  await vi.waitFor(() => expect(control('When the bot asks')).not.toBeNull())
  await choose(control('When the bot asks'), 'offline')
  for (const field of ['Name', 'Email', 'Phone']) await choose(control(field), 'no')
  await save()
  expect(calls[1]?.body).toEqual({ leadCapture: { when: 'offline', fields: [] } })
  await expectRefusal(root, refusal)
})

it('offers no form when the setting could not be loaded, and says why', async () => {
  const calls = await show(
    [() => [404, { error: 'unknown_site', message: 'No site "gone".' }]],
    'gone',
  )
  await vi.waitFor(() =>
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Cannot load the lead capture: No site "gone".',
    ),
  )
  expect(root.querySelector('button')).toBeNull()
  expect(calls).toHaveLength(1)
})
