import { describe, expect, test } from 'vitest'
import { type ConditionContext, evaluateCondition } from './conditions.ts'
import { createTextMatcher, globToRegex } from './text-match.ts'
import type { ProactiveCondition } from './types.ts'

const NOW = 1_000_000
const INF = Number.POSITIVE_INFINITY

function ctx(over: Partial<ConditionContext> = {}): ConditionContext {
  return {
    now: NOW,
    page: {
      url: 'https://shop.example/pricing?plan=pro#faq',
      title: 'Pricing — Shop',
      referrer: '',
      language: 'en-US',
      visible: true,
    },
    pageStart: NOW - 5_000,
    sessionStart: NOW - 60_000,
    scrollDepth: 40,
    lastActive: NOW - 3_000,
    exiting: false,
    visits: 1,
    referrer: '',
    utm: {},
    visitor: {},
    team: null,
    events: [],
    matchText: createTextMatcher(),
    ...over,
  }
}

const ok = (cond: ProactiveCondition, over?: Partial<ConditionContext>) =>
  evaluateCondition(cond, ctx(over)).ok

describe('text matching', () => {
  test('glob: * stays in a segment, ** crosses segments', () => {
    expect(globToRegex('/docs/*').test('/docs/a')).toBe(true)
    expect(globToRegex('/docs/*').test('/docs/a/b')).toBe(false)
    expect(globToRegex('/docs/**').test('/docs/a/b')).toBe(true)
    expect(globToRegex('/p.html').test('/pxhtml')).toBe(false)
  })

  test('path: equals ignores one trailing slash, prefix, glob, regex', () => {
    expect(ok({ path: { equals: '/pricing' } })).toBe(true)
    expect(ok({ path: { equals: '/pricing/' } })).toBe(true)
    expect(ok({ path: { equals: '/' } })).toBe(false)
    expect(ok({ path: { prefix: '/pri' } })).toBe(true)
    expect(ok({ path: { glob: '/*' } })).toBe(true)
    expect(ok({ path: { regex: '^/PRICING$', flags: 'i' } })).toBe(true)
    expect(ok({ path: { contains: 'checkout' } })).toBe(false)
  })

  test('url is the full URL without the fragment', () => {
    expect(ok({ url: { equals: 'https://shop.example/pricing?plan=pro' } })).toBe(true)
    expect(ok({ url: { glob: 'https://shop.example/**' } })).toBe(true)
    expect(ok({ url: { contains: '#faq' } })).toBe(false)
  })

  test('title', () => {
    expect(ok({ title: { prefix: 'Pricing' } })).toBe(true)
    expect(ok({ title: { equals: 'Pricing' } })).toBe(false)
  })
})

describe('time conditions tell when they can turn true', () => {
  test('timeOnPage', () => {
    expect(evaluateCondition({ timeOnPage: 5 }, ctx())).toEqual({ ok: true, wake: INF })
    expect(evaluateCondition({ timeOnPage: 10 }, ctx())).toEqual({ ok: false, wake: NOW + 5_000 })
  })

  test('timeOnSite', () => {
    expect(evaluateCondition({ timeOnSite: 90 }, ctx())).toEqual({ ok: false, wake: NOW + 30_000 })
    expect(ok({ timeOnSite: 60 })).toBe(true)
  })

  test('inactive', () => {
    expect(evaluateCondition({ inactive: 10 }, ctx())).toEqual({ ok: false, wake: NOW + 7_000 })
    expect(ok({ inactive: 3 })).toBe(true)
  })

  test('event within N s turns false when it expires', () => {
    const events = [{ name: 'viewed', props: {}, at: NOW - 4_000 }]
    expect(evaluateCondition({ event: 'viewed', within: 10 }, ctx({ events }))).toEqual({
      ok: true,
      wake: NOW + 6_001,
    })
    expect(ok({ event: 'viewed', within: 3 }, { events })).toBe(false)
    expect(ok({ event: 'viewed' }, { events })).toBe(true)
    expect(ok({ event: 'viewed', props: { id: 1 } }, { events })).toBe(false)
  })
})

describe('combinators', () => {
  test('all waits for its last false child; a static false child means never', () => {
    const later = { all: [{ timeOnPage: 10 }, { timeOnSite: 70 }] }
    expect(evaluateCondition(later, ctx())).toEqual({ ok: false, wake: NOW + 10_000 })
    const never = { all: [{ timeOnPage: 10 }, { path: { equals: '/nope' } }] }
    expect(evaluateCondition(never, ctx())).toEqual({ ok: false, wake: INF })
  })

  test('any wakes at its first child', () => {
    const cond = { any: [{ timeOnPage: 10 }, { timeOnSite: 70 }] }
    expect(evaluateCondition(cond, ctx())).toEqual({ ok: false, wake: NOW + 5_000 })
    expect(ok({ any: [{ path: { equals: '/nope' } }, { scroll: 30 }] })).toBe(true)
  })

  test('not inverts and keeps the wake time', () => {
    expect(evaluateCondition({ not: { timeOnPage: 10 } }, ctx())).toEqual({
      ok: true,
      wake: NOW + 5_000,
    })
    expect(ok({ not: { all: [{ scroll: 30 }, { visits: { min: 1 } }] } })).toBe(false)
  })
})

describe('page, visit and visitor conditions', () => {
  test('scroll and exit intent', () => {
    expect(ok({ scroll: 40 })).toBe(true)
    expect(ok({ scroll: 41 })).toBe(false)
    expect(ok({ exitIntent: true })).toBe(false)
    expect(ok({ exitIntent: true }, { exiting: true })).toBe(true)
  })

  test('visits and returning', () => {
    expect(ok({ returning: false })).toBe(true)
    expect(ok({ returning: true }, { visits: 2 })).toBe(true)
    expect(ok({ visits: { min: 3 } }, { visits: 3 })).toBe(true)
    expect(ok({ visits: { min: 2, max: 4 } }, { visits: 5 })).toBe(false)
  })

  test('referrer host matches subdomains, * any external site', () => {
    expect(ok({ referrer: 'google.com' }, { referrer: 'www.google.com' })).toBe(true)
    expect(ok({ referrer: 'google.com' }, { referrer: 'notgoogle.com' })).toBe(false)
    expect(ok({ referrer: ['bing.com', 'google.com'] }, { referrer: 'google.com' })).toBe(true)
    expect(ok({ referrer: '*' }, { referrer: '' })).toBe(false)
    expect(ok({ not: { referrer: '*' } })).toBe(true)
  })

  test('utm: every given field, case-insensitive', () => {
    const utm = { source: 'Newsletter', campaign: 'tet' }
    expect(ok({ utm: { source: 'newsletter' } }, { utm })).toBe(true)
    expect(ok({ utm: { source: 'newsletter', campaign: ['x', 'tet'] } }, { utm })).toBe(true)
    expect(ok({ utm: { medium: 'email' } }, { utm })).toBe(false)
  })

  test('attributes: eq, neq, in, exists, gt, lt', () => {
    const visitor = { attributes: { plan: 'vip', orders: 12, email: '' } }
    const attr = (cond: object) =>
      ok({ attribute: 'plan', ...cond } as ProactiveCondition, { visitor })
    expect(attr({ op: 'eq', value: 'vip' })).toBe(true)
    expect(attr({ op: 'neq', value: 'vip' })).toBe(false)
    expect(attr({ op: 'in', value: ['gold', 'vip'] })).toBe(true)
    expect(attr({ op: 'exists' })).toBe(true)
    expect(ok({ attribute: 'email', op: 'exists' }, { visitor })).toBe(false)
    expect(ok({ attribute: 'orders', op: 'gt', value: 10 }, { visitor })).toBe(true)
    expect(ok({ attribute: 'orders', op: 'lt', value: 10 }, { visitor })).toBe(false)
    expect(ok({ attribute: 'plan', op: 'gt', value: 1 }, { visitor })).toBe(false)
  })

  test('identified and language (visitor first, then the page)', () => {
    expect(ok({ identified: false })).toBe(true)
    expect(ok({ identified: true }, { visitor: { identified: true } })).toBe(true)
    expect(ok({ language: 'en' })).toBe(true)
    expect(ok({ language: ['vi'] }, { visitor: { language: 'vi-VN' } })).toBe(true)
    expect(ok({ language: 'vi' })).toBe(false)
  })

  test('business hours and agents online; unknown status fails closed', () => {
    const team = { businessHours: false, agentsOnline: 1 }
    expect(ok({ businessHours: false }, { team })).toBe(true)
    expect(ok({ agentsOnline: true }, { team })).toBe(true)
    expect(ok({ agentsOnline: false }, { team: { businessHours: true, agentsOnline: 0 } })).toBe(
      true,
    )
    expect(ok({ businessHours: false })).toBe(false)
    expect(ok({ agentsOnline: false })).toBe(false)
  })
})
