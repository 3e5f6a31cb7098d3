// @vitest-environment jsdom
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { SurveySettings } from './SurveySettings.tsx'
import { type Answer, expectRefusal, fakeAdminApi } from './settings-testing.ts'

// Settings → Survey over a fake admin API: loads the saved survey, sends the questions and
// the non-empty texts, and lists the server's problems when it refuses.

let root: HTMLElement
afterEach(() => {
  render(null, root)
  root.remove()
  vi.unstubAllGlobals()
})

async function show(answers: Answer[], site = 'demo') {
  const calls = fakeAdminApi(answers)
  root = document.createElement('div')
  document.body.append(root)
  await act(async () => render(<SurveySettings site={site} />, root))
  return calls
}

const field = (label: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.textContent?.trim().startsWith(label))
    ?.querySelector('input') as HTMLInputElement
const fieldIn = (legend: string, label: string) => {
  const set = [...root.querySelectorAll('fieldset')].find((f) =>
    f.querySelector('legend')?.textContent?.startsWith(legend),
  )
  return [...(set?.querySelectorAll('label') ?? [])]
    .find((l) => l.textContent?.trim().startsWith(label))
    ?.querySelector('input') as HTMLInputElement
}
async function type(input: HTMLInputElement, value: string) {
  input.value = value
  await act(async () => {
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}
/** Clicks Save survey once the form is shown (after the site's survey loaded). */
async function save() {
  const button = await vi.waitFor(() => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save survey')
    if (found === undefined) throw new Error('no Save survey button yet')
    return found
  })
  await act(async () => button.click())
}

it("shows the site's saved survey and saves the questions with the texts that were written", async () => {
  const saved = { nps: true, questions: { vi: { csat: 'Shop Lan thế nào?' } } }
  const calls = await show([() => ({ survey: saved }), (body) => body], 'blog')
  await vi.waitFor(() => expect(field('NPS').checked).toBe(true))
  expect(field('CSAT').checked).toBe(true) // unset: the default
  expect(field('CES').checked).toBe(false)
  expect(fieldIn('Texts in Vietnamese', 'CSAT').value).toBe('Shop Lan thế nào?')

  await act(async () => field('CSAT').click())
  await type(fieldIn('Texts in English', 'CES'), 'Was it easy?')
  await type(fieldIn('Texts in Vietnamese', 'CSAT'), '  ')
  await save()
  await vi.waitFor(() => expect(calls).toHaveLength(2))
  expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/v1/admin/sites/blog/survey' })
  expect(calls.at(-1)).toEqual({
    method: 'PUT',
    url: '/api/v1/admin/sites/blog/survey',
    body: {
      survey: { csat: false, nps: true, ces: false, questions: { en: { ces: 'Was it easy?' } } },
    },
  })
  await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.'))
})

it("lists the server's problems when it refuses", async () => {
  const refusal = {
    error: 'invalid_survey',
    message: 'The survey setting is invalid; nothing was saved.',
    problems: ['survey.questions.en.csat must be a text of 1 to 200 characters.'],
  }
  await show([() => ({ survey: null }), () => [400, refusal]])
  await save()
  await expectRefusal(root, refusal)
})

it('offers no form to save when the survey could not be loaded, and says why', async () => {
  const calls = await show(
    [() => [404, { error: 'unknown_site', message: 'No site "gone".' }]],
    'gone',
  )
  await vi.waitFor(() =>
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Cannot load the survey: No site "gone".',
    ),
  )
  expect(root.querySelector('button')).toBeNull()
  expect(calls).toHaveLength(1)
})
