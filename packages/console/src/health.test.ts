import { describe, expect, it } from 'vitest'
import { fetchHealth } from './health.ts'

const answer = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch

describe('fetchHealth', () => {
  it('reports a healthy server with its version', async () => {
    const state = await fetchHealth(answer(200, { status: 'ok', version: '0.1.0', db: 'ok' }))
    expect(state).toEqual({ kind: 'ok', version: '0.1.0' })
  })

  it('reports a failing database', async () => {
    const state = await fetchHealth(answer(503, { status: 'error', version: '0.1.0', db: 'error' }))
    expect(state).toEqual({
      kind: 'degraded',
      version: '0.1.0',
      detail: 'the database is not answering',
    })
  })

  it('reports a server it cannot reach or understand', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    expect(await fetchHealth(offline)).toEqual({ kind: 'unreachable', detail: 'Failed to fetch' })
    const html = (async () => new Response('<html>', { status: 502 })) as typeof fetch
    expect(await fetchHealth(html)).toEqual({
      kind: 'unreachable',
      detail: 'unexpected answer (HTTP 502)',
    })
  })
})
