import { afterEach, describe, expect, it, vi } from 'vitest'
import { $canned, $cannedError, deleteCanned, loadCanned, saveCanned } from './canned.ts'

// The editor's actions against a fake agent API: what is sent, and what the stores show.

type Answer = { status: number; body?: unknown }
function fakeApi(answers: Answer[]) {
  const calls: { method: string; url: string; body: unknown }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({
        method: init.method ?? 'GET',
        url,
        body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
      })
      const answer = answers.shift()
      if (answer === undefined) throw new Error(`unexpected request ${url}`)
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status,
      })
    }),
  )
  return calls
}

afterEach(() => {
  vi.unstubAllGlobals()
  $canned.set([])
  $cannedError.set(null)
})

const hi = { id: 'c1', shortcut: 'hi', text: 'Hello!', personal: false }

describe('canned responses store', () => {
  it('loads, adds in shortcut order, edits and deletes', async () => {
    const calls = fakeApi([
      { status: 200, body: { canned: [hi] } },
      { status: 201, body: { id: 'c2', shortcut: 'bye', text: 'Goodbye', personal: true } },
      { status: 200, body: { id: 'c2', shortcut: 'bye', text: 'See you', personal: true } },
      { status: 204 },
    ])
    await loadCanned()
    expect(await saveCanned({ shortcut: ' /Bye ', text: ' Goodbye ' })).toBe(true)
    expect(calls[1]).toMatchObject({
      method: 'POST',
      url: '/api/v1/agent/canned',
      body: { shortcut: 'bye', text: 'Goodbye' },
    })
    expect($canned.get().map((c) => c.shortcut)).toEqual(['bye', 'hi'])
    expect(await saveCanned({ id: 'c2', shortcut: 'bye', text: 'See you' })).toBe(true)
    expect(calls[2]).toMatchObject({ method: 'PUT', url: '/api/v1/agent/canned/c2' })
    expect($canned.get().find((c) => c.id === 'c2')?.text).toBe('See you')
    expect(await deleteCanned('c2')).toBe(true)
    expect(calls[3]).toMatchObject({ method: 'DELETE', url: '/api/v1/agent/canned/c2' })
    expect($canned.get()).toEqual([hi])
  })

  it('refuses a bad shortcut or an empty text without calling the server', async () => {
    fakeApi([])
    expect(await saveCanned({ shortcut: 'two words', text: 'x' })).toBe(false)
    expect($cannedError.get()).toMatch(/lower-case letters/)
    expect(await saveCanned({ shortcut: 'ok', text: '   ' })).toBe(false)
    expect($cannedError.get()).toMatch(/Write the text/)
  })

  it('shows the server’s reason when it refuses (a taken shortcut)', async () => {
    fakeApi([
      {
        status: 409,
        body: { error: 'canned_shortcut_taken', message: 'The shortcut /hi is already used.' },
      },
    ])
    expect(await saveCanned({ shortcut: 'hi', text: 'again' })).toBe(false)
    expect($cannedError.get()).toBe('The shortcut /hi is already used.')
    expect($canned.get()).toEqual([])
  })
})
