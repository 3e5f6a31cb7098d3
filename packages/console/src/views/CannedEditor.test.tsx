// @vitest-environment jsdom
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { $canned } from '../stores/canned.ts'
import { CannedEditor } from './CannedEditor.tsx'

// The editor over a fake agent API: lists team and personal responses, adds, edits,
// deletes; agents may not touch the team's, and a refusal is shown.

const team = { id: 't1', shortcut: 'hi', text: 'Hello!', personal: false }
const mine = { id: 'm1', shortcut: 'bye', text: 'Goodbye', personal: true }
let root: HTMLElement

afterEach(() => {
  render(null, root)
  root.remove()
  vi.unstubAllGlobals()
  $canned.set([])
})

async function show(admin: boolean, answers: ((url: string, init: RequestInit) => unknown)[]) {
  const calls: { method: string; url: string; body: unknown }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({
        method: init.method ?? 'GET',
        url,
        body: init.body && JSON.parse(String(init.body)),
      })
      const answer = answers.shift()?.(url, init)
      const [status, body] = Array.isArray(answer) ? answer : [200, answer]
      return new Response(body === undefined ? null : JSON.stringify(body), { status })
    }),
  )
  root = document.createElement('div')
  document.body.append(root)
  await act(async () => render(<CannedEditor admin={admin} />, root))
  await vi.waitFor(() => expect(root.querySelector('ul.canned-list')).not.toBeNull())
  return calls
}

function list(name: string) {
  const heading = [...root.querySelectorAll('h3')].find((h) => h.textContent === name)
  const ul = root.querySelector(`ul[aria-labelledby="${heading?.id}"]`)
  return [...(ul?.querySelectorAll('li') ?? [])].map((li) => li.textContent)
}
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement
async function type(form: Element, label: string, value: string) {
  const field = [...form.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(label))
    ?.querySelector('input, textarea') as HTMLInputElement
  field.value = value
  await act(async () => {
    field.dispatchEvent(new Event('input', { bubbles: true }))
  })
}
const submit = async (form: Element) =>
  act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
  })

it('lists, adds a team response (admin), edits and deletes', async () => {
  const calls = await show(true, [
    () => ({ canned: [mine, team] }),
    () => [201, { id: 't2', shortcut: 'ship', text: 'Two days.', personal: false }],
    () => ({ ...mine, text: 'See you soon' }),
    () => [204],
  ])
  expect(list('Team responses')).toEqual(['/hi Hello!Edit /hiDelete /hi'])
  expect(list('My responses')).toEqual(['/bye GoodbyeEdit /byeDelete /bye'])

  const form = root.querySelector('form[aria-label="New canned response"]') as HTMLFormElement
  await type(form, 'Shortcut', 'ship')
  await type(form, 'Text', 'Two days.')
  const share = form.querySelector('input[type="checkbox"]') as HTMLInputElement
  share.checked = true
  await act(async () => {
    share.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await submit(form)
  await vi.waitFor(() => expect(list('Team responses')).toHaveLength(2))
  expect(calls[1]).toMatchObject({
    method: 'POST',
    body: { shortcut: 'ship', text: 'Two days.', team: true },
  })

  await act(async () => button('Edit /bye').click())
  const edit = root.querySelector('form[aria-label="Edit /bye"]') as HTMLFormElement
  await type(edit, 'Text', 'See you soon')
  await submit(edit)
  await vi.waitFor(() => expect(root.querySelector('form[aria-label="Edit /bye"]')).toBeNull())
  expect(calls[2]).toMatchObject({ method: 'PUT', url: '/api/v1/agent/canned/m1' })
  expect(list('My responses')).toEqual(['/bye See you soonEdit /byeDelete /bye'])

  await act(async () => button('Delete /bye').click())
  await vi.waitFor(() => expect(list('My responses')).toEqual([]))
  expect(calls[3]).toMatchObject({ method: 'DELETE', url: '/api/v1/agent/canned/m1' })
  expect(root.textContent).toContain('None yet.')
})

it('an agent cannot change team responses, and sees why a save was refused', async () => {
  await show(false, [
    () => ({ canned: [team] }),
    () => [409, { error: 'canned_shortcut_taken', message: 'The shortcut /hi is already used.' }],
  ])
  expect(list('Team responses')).toEqual(['/hi Hello!'])
  const form = root.querySelector('form[aria-label="New canned response"]') as HTMLFormElement
  expect(form.querySelector('input[type="checkbox"]')).toBeNull()
  await type(form, 'Shortcut', 'hi')
  await type(form, 'Text', 'Mine')
  await submit(form)
  await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull())
  expect(root.querySelector('[role="alert"]')?.textContent).toBe(
    'The shortcut /hi is already used.',
  )
})
