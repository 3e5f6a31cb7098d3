import { expect, it, vi } from 'vitest'
import { loadLeadCapture } from './lead-capture.ts'

it('reports a wrong lead capture setting once per problem, naming it as written', () => {
  const report = vi.fn()
  expect(
    loadLeadCapture({ leadCapture: 'sometimes: name, fax', source: 'script' }, report),
  ).toBeNull()
  expect(report.mock.calls.map(([m]) => m)).toEqual([
    '[Chao] data-lead-capture: "when" is "sometimes"; use one of: "before-handoff", "offline", "after-unanswered" (e.g. "offline: name, email, phone?").',
    '[Chao] data-lead-capture: field 2 is "fax"; use "name", "email" or "phone" (add "?" to make it optional, e.g. "phone?"), or { field: "phone", optional: true }.',
  ])
})

it('gives the factory of a good setting', () => {
  const report = vi.fn()
  const factory = loadLeadCapture(
    { leadCapture: { when: 'offline', fields: ['email'] }, source: 'api' },
    report,
  )
  expect(typeof factory).toBe('function')
  expect(report).not.toHaveBeenCalled()
})
