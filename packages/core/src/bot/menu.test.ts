import { describe, expect, test } from 'vitest'
import { cleanMenu, handoffAction, handoffOfAction, menuReplies } from './menu.ts'

describe('start menu', () => {
  test('items become quick replies: a question to ask, or a routed handoff', () => {
    expect(
      menuReplies([
        { label: 'Order status', text: 'Where is my order?' },
        { label: 'Sales', department: 'sales' },
        { label: 'Support' },
      ]),
    ).toEqual([
      { label: 'Order status', text: 'Where is my order?' },
      { label: 'Sales', text: 'Sales', action: 'handoff:sales' },
      { label: 'Support', text: 'Support' },
    ])
  })

  test('handoff actions round-trip, other actions are not handoffs', () => {
    expect(handoffOfAction(handoffAction())).toEqual({})
    expect(handoffOfAction(handoffAction('sales'))).toEqual({ department: 'sales' })
    expect(handoffOfAction('faq:returns')).toBeNull()
    expect(handoffOfAction(undefined)).toBeNull()
  })

  test('bad items are dropped one by one, each named', () => {
    const { value, problems } = cleanMenu([
      { label: 'Sales', department: 'sales' },
      { label: '' },
      { label: 'Support', departement: 'support' },
      { label: 'Team', department: 'a b' },
      'Order status',
    ])
    expect(value).toEqual([{ label: 'Sales', department: 'sales' }])
    expect(problems).toHaveLength(4)
    expect(problems[1]).toBe(
      'menu[2] is left out: {"label":"Support","departement":"support"}. Items are { label, text?, department? } (texts; department: letters, digits, - or _), at most 8.',
    )
    expect(problems.map((p) => p.slice(0, 7))).toEqual(['menu[1]', 'menu[2]', 'menu[3]', 'menu[4]'])
    expect(cleanMenu('Sales').value).toEqual([])
  })
})
