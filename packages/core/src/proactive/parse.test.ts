import { describe, expect, test } from 'vitest'
import { parseProactiveRules } from './parse.ts'

const valid = {
  id: 'vip-offer',
  enabled: true,
  conditions: {
    all: [
      { attribute: 'plan', op: 'eq', value: 'vip' },
      { any: [{ path: { glob: '/shop/**' } }, { url: { regex: 'sale', flags: 'i' } }] },
      { not: { event: 'purchased', props: { sku: 'x' }, within: 600 } },
      { utm: { source: ['newsletter', 'zalo'] } },
      { visits: { min: 2, max: 10 } },
      { referrer: 'google.com' },
      { language: ['vi', 'en'] },
      { businessHours: true },
      { exitIntent: true },
    ],
  },
  message: {
    text: { vi: 'Chào {{name|bạn}}', en: 'Hi {{name|there}}' },
    quickReplies: [{ label: 'Yes', text: 'Yes please', action: 'handoff' }],
    link: { title: { vi: 'Ưu đãi', en: 'Offer' }, url: 'https://shop.example/vip' },
    sender: { type: 'agent', name: 'Lan', avatar: '/lan.png' },
  },
  delivery: { mode: 'open', sound: true },
  limits: { once: 'session', everyDays: 7 },
  priority: 10,
}

const minimal = (id: string, extra: object = {}) => ({
  id,
  conditions: { timeOnPage: 5 },
  message: { text: 'Hello' },
  ...extra,
})

const messagesOf = (input: unknown) => parseProactiveRules(input).errors.map((e) => e.message)

describe('parseProactiveRules', () => {
  test('accepts every condition kind and returns copies', () => {
    const { rules, errors } = parseProactiveRules([valid, minimal('m')])
    expect(errors).toEqual([])
    expect(rules).toEqual([valid, minimal('m')])
    expect(rules[0]).not.toBe(valid)
  })

  test('a bad rule is reported with index, id and field, and skipped; the others load', () => {
    const { rules, errors } = parseProactiveRules([
      minimal('a'),
      minimal('b', { conditions: { all: [{ timeOnPage: 5 }, { attribute: 'plan', op: 'like' }] } }),
      minimal('c'),
    ])
    expect(rules.map((r) => r.id)).toEqual(['a', 'c'])
    expect(errors).toEqual([
      {
        index: 1,
        id: 'b',
        field: 'conditions.all[1].op',
        reason: 'must be one of "eq", "neq", "in", "exists", "gt", "lt", got "like"',
        message:
          'rule #1 "b" conditions.all[1].op: must be one of "eq", "neq", "in", "exists", "gt", "lt", got "like"',
      },
    ])
  })

  test('not an array', () => {
    expect(parseProactiveRules({ rules: [] })).toEqual({
      rules: [],
      errors: [
        expect.objectContaining({
          index: -1,
          message: 'rule #-1: rules must be an array of rule objects',
        }),
      ],
    })
  })

  test('rule-level problems', () => {
    expect(
      messagesOf([
        'x',
        { conditions: { timeOnPage: 1 } },
        minimal('a'),
        minimal('a', { colour: 1 }),
      ]),
    ).toEqual([
      'rule #0: must be an object with id, conditions and message',
      'rule #1 id: must be a non-empty string of at most 100 characters',
      'rule #1 message: is required',
      'rule #3 "a" colour: unknown field (allowed: id, enabled, conditions, message, delivery, limits, priority)',
      'rule #3 "a" id: is already used by an earlier rule; ids must be unique',
    ])
  })

  test.each([
    [{ timeOnPge: 5 }, 'must be an object with exactly one condition'],
    [{ timeOnPage: 5, scroll: 10 }, 'must be an object with exactly one condition'],
    [{ all: [] }, 'conditions.all: must be a non-empty array of conditions'],
    [{ path: '/pricing' }, 'conditions.path: must be an object with exactly one of equals'],
    [
      { path: { equals: '/a', prefix: '/b' } },
      'conditions.path: must be an object with exactly one of',
    ],
    [{ url: { regex: '(' } }, 'conditions.url.regex: is not a valid pattern'],
    [{ url: { regex: 'a', flags: 'g' } }, 'conditions.url.flags: may only hold i, m, s, u'],
    [{ title: { glob: 'x', flags: 'i' } }, 'conditions.title.flags: unknown field (allowed: glob)'],
    [{ timeOnPage: -1 }, 'conditions.timeOnPage: must be a number >= 0, got -1'],
    [{ scroll: 120 }, 'conditions.scroll: must be a number between 0 and 100, got 120'],
    [{ inactive: 0 }, 'conditions.inactive: must be a number >= 1'],
    [{ exitIntent: false }, 'conditions.exitIntent: must be true'],
    [{ visits: {} }, 'conditions.visits: must be an object with "min" and/or "max"'],
    [{ visits: { min: 5, max: 2 } }, 'conditions.visits: "min" must not exceed "max"'],
    [{ returning: 'yes' }, 'conditions.returning: must be true or false'],
    [{ referrer: 'https://google.com/' }, 'must name hosts like "google.com", not URLs'],
    [{ utm: { source: 'a', camp: 'b' } }, 'conditions.utm.camp: unknown field'],
    [{ attribute: 'plan', op: 'in', value: 'vip' }, 'conditions.value: must be a non-empty array'],
    [{ attribute: 'plan', op: 'gt', value: '3' }, 'conditions.value: must be a number for "gt"'],
    [
      { attribute: 'plan', op: 'exists', value: 1 },
      'conditions.value: must be left out for "exists"',
    ],
    [{ attribute: '', op: 'eq', value: 1 }, 'conditions.attribute: must be a non-empty string'],
    [{ language: [] }, 'conditions.language: must be a non-empty string or array of strings'],
    [{ event: 'x', within: 0 }, 'conditions.within: must be a number >= 1'],
    [{ event: 'x', props: { a: {} } }, 'conditions.props: must be an object of strings'],
    [{ agentsOnline: 1 }, 'conditions.agentsOnline: must be true or false'],
    [{ not: { nope: 1 } }, 'conditions.not: must be an object with exactly one condition'],
  ])('condition %j', (conditions, expected) => {
    const messages = messagesOf([minimal('r', { conditions })])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(expected)
  })

  test.each([
    [
      { message: { text: '' } },
      'message.text: must be a non-empty string or { "<locale>": "text" }',
    ],
    [{ message: { text: { vi: 'a', en: '' } } }, 'message.text: must be a non-empty string'],
    [{ message: { text: 'x'.repeat(4001) } }, 'message.text: must be at most 4000 characters'],
    [
      { message: { text: 'a', quickReplies: [{}] } },
      'message.quickReplies[0].label: must be a non-empty',
    ],
    [
      { message: { text: 'a', link: { title: 'x', url: 'javascript:alert(1)' } } },
      'message.link.url: must be an http(s) URL',
    ],
    [
      { message: { text: 'a', link: { title: 'x', url: '//evil.example' } } },
      'message.link.url: must be an http(s) URL',
    ],
    [
      { message: { text: 'a', sender: { type: 'agent' } } },
      'message.sender.name: must name the agent',
    ],
    [
      { message: { text: 'a', sender: { type: 'human' } } },
      'message.sender.type: must be one of "bot", "agent"',
    ],
    [{ delivery: 'bubble' }, 'delivery: must be an object like { "mode": "bubble" }'],
    [{ delivery: { mode: 'popup' } }, 'delivery.mode: must be one of "bubble", "open"'],
    [{ limits: { once: 'page' } }, 'limits.once: must be one of "visitor", "session"'],
    [
      { limits: { once: 'visitor', everyDays: 3 } },
      'limits: "once": "visitor" already means never again',
    ],
    [{ limits: { everyDays: 0 } }, 'limits.everyDays: must be a number >= 1'],
    [{ priority: '1' }, 'priority: must be a number'],
    [{ enabled: 'no' }, 'enabled: must be true or false'],
  ])('%j', (extra, expected) => {
    const messages = messagesOf([minimal('r', extra)])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(expected)
  })
})
