import { expect, vi } from 'vitest'

// What the settings views' tests share: a fake admin API, and the check of a refused save.

/** One answer of the fake API: JSON, or `[status, json]`; given the request's body. */
export type Answer = (body: unknown) => unknown

/**
 * Stubs `fetch` with `answers`, one per request in order (a promise holds its request
 * until it settles). Returns the requests, as they were made.
 */
export function fakeAdminApi(answers: (Answer | Promise<Answer>)[]) {
  const calls: { method: string; url: string; body: unknown }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const body = init.body && JSON.parse(String(init.body))
      calls.push({ method: init.method ?? 'GET', url, body })
      const answer = (await answers.shift())?.(body)
      const [status, json] = Array.isArray(answer) ? answer : [200, answer]
      return new Response(JSON.stringify(json), { status })
    }),
  )
  return calls
}

/** The form shows the server's refusal: its message and each of its problems. */
export async function expectRefusal(root: HTMLElement, refusal: { problems: string[] }) {
  await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull())
  const alert = root.querySelector('[role="alert"]')
  expect(alert?.textContent).toContain('nothing was saved')
  expect([...(alert?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(
    refusal.problems,
  )
}
