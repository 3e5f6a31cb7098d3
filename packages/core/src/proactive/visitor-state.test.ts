import { describe, expect, test } from 'vitest'
import { touchSession } from './session.ts'
import { createVisitorStateStore, emptyVisitorState } from './visitor-state.ts'

const page = (url: string, referrer = '') => ({
  url,
  title: '',
  referrer,
  language: 'en',
  visible: true,
})

describe('visitor state', () => {
  test('ignores corrupt or foreign values', () => {
    for (const raw of ['not json', '{"v":2}', 'null', '[]']) {
      const store = createVisitorStateStore({ getItem: () => raw, setItem: () => {} }, 'k')
      expect(store.read()).toEqual(emptyVisitorState())
    }
  })

  test('keeps well-formed parts of a hand-edited value', () => {
    const raw = JSON.stringify({
      v: 1,
      visits: 'x',
      seen: { a: 5, b: 'no' },
      session: { shown: ['a', 1] },
    })
    const store = createVisitorStateStore({ getItem: () => raw, setItem: () => {} }, 'k')
    expect(store.read()).toMatchObject({ visits: 0, seen: { a: 5 }, session: { shown: ['a'] } })
  })

  test('works with no storage at all', () => {
    const store = createVisitorStateStore(null, 'k')
    store.update((s) => {
      s.visits = 3
    })
    expect(store.read().visits).toBe(3)
  })

  test('keeps at most 100 records, newest first', () => {
    const store = createVisitorStateStore(null, 'k')
    const state = store.update((s) => {
      for (let i = 1; i <= 150; i++) s.seen[`r${i}`] = i
    })
    expect(Object.keys(state.seen)).toHaveLength(100)
    expect(state.seen.r150).toBe(150)
    expect(state.seen.r50).toBeUndefined()
  })
})

describe('touchSession', () => {
  test('a new session counts a visit and keeps the external referrer and UTM', () => {
    const state = emptyVisitorState()
    touchSession(
      state,
      1000,
      page('https://shop.example/?utm_source=zalo&utm_campaign=tet', 'https://www.google.com/'),
    )
    expect(state).toMatchObject({
      visits: 1,
      lastVisit: 1000,
      session: {
        start: 1000,
        referrer: 'www.google.com',
        utm: { source: 'zalo', campaign: 'tet' },
      },
    })
    touchSession(state, 2000, page('https://shop.example/b', 'https://shop.example/'))
    expect(state).toMatchObject({ visits: 1, session: { start: 1000, referrer: 'www.google.com' } })
    touchSession(state, 2000 + 31 * 60_000, page('https://shop.example/b', 'https://shop.example/'))
    expect(state).toMatchObject({ visits: 2, session: { referrer: '', utm: {} } })
  })
})
