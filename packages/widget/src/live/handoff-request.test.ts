import { createChatEngine } from '@chao/core'
import { parseClientFrame } from '@chao/protocol'
import { expect, test } from 'vitest'
import { handoffRequest, identifyFrame } from './handoff-request.ts'

// The agent sees what the page told the widget: attributes (setAttributes) and identify's
// fields travel with the handoff, within the wire's limits so the server accepts them.

test('the page attributes travel with the handoff request, beside the phone', () => {
  const engine = createChatEngine({ locale: 'en' })
  engine.identify({ name: 'Lan', phone: '+84912345678' })
  engine.setAttributes({ plan: 'pro', seats: 12, trial: false, coupon: null })
  const frame = handoffRequest(engine, {})
  expect(frame.attributes).toEqual({ phone: '+84912345678', plan: 'pro', seats: 12, trial: false })
  expect(frame.visitor).toEqual({ name: 'Lan' })
})

test('attributes the wire would refuse are dropped, so the handoff still goes', () => {
  const engine = createChatEngine({ locale: 'en' })
  const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]))
  engine.setAttributes({ note: 'x'.repeat(501), ['k'.repeat(65)]: 1, ...many })
  const frame = handoffRequest(engine, { pageUrl: 'https://shop.example/' })
  expect(Object.keys(frame.attributes ?? {})).toHaveLength(30)
  expect(frame.attributes).not.toHaveProperty('note')
  // The protocol's own validator takes it as it is.
  expect(parseClientFrame(frame)).toMatchObject({ ok: true })
})

test('no attributes, no field', () => {
  expect(handoffRequest(createChatEngine({ locale: 'en' }), {})).not.toHaveProperty('attributes')
})

test('a signed-in user (id + hash) is identified for verification; others are not', () => {
  const engine = createChatEngine({ locale: 'en' })
  expect(identifyFrame(engine)).toBeUndefined()
  engine.identify({ id: 'u42', name: 'Lan' })
  expect(identifyFrame(engine)).toBeUndefined()
  const hash = 'a'.repeat(64)
  engine.identify({ id: 'u42', hash, email: 'lan@example.com' })
  engine.setAttributes({ plan: 'pro' })
  expect(identifyFrame(engine)).toEqual({
    type: 'identify',
    userId: 'u42',
    hash,
    name: 'Lan',
    email: 'lan@example.com',
    attributes: { plan: 'pro' },
  })
})
