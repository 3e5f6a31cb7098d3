import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { socketioAdapter } from '@chao/connector/socketio'
import { Probe } from '@chao/connector/testing'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createServer } from '../app.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { tempDir, testConfig } from '../test/fixtures.ts'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

/** A server on a database file, so the test can read the columns reports use. */
async function ratingServer() {
  const path = join(tempDir(), 'chao.db')
  const store = createSqliteStore({ path })
  const app = await createServer(testConfig(), store)
  await app.listen({ port: 0, host: '127.0.0.1' })
  closers.push(async () => {
    await app.close()
    await store.close()
  })
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const row = (id: string) => {
    const db = new Database(path, { readonly: true })
    try {
      return db
        .prepare(
          'SELECT state, rating, rating_comment, nps, ces, rated_at, rating_client_id FROM conversations WHERE id = ?',
        )
        .get(id)
    } finally {
      db.close()
    }
  }
  return { origin, row, store }
}

async function visitor(origin: string, v?: string) {
  const adapter = socketioAdapter({ url: origin, socket: { transports: ['websocket'] } })
  const { probe, welcome } = await Probe.open(adapter, 'demo', v === undefined ? {} : { v })
  closers.push(() => probe.close())
  return { probe, welcome }
}

async function ended(probe: Probe) {
  const { conversationId } = await probe.message(`m${Math.random()}`.replace('.', ''), 'bye')
  await probe.send({ type: 'conversation:end', conversationId })
  await probe.next((f) => f.type === 'conversation:state' && f.state === 'ended')
  return conversationId
}

describe('rating:submit', () => {
  it('stores score, comment, NPS, CES, the time and the clientId; a retry is acked again', async () => {
    const { origin, row, store } = await ratingServer()
    const { probe } = await visitor(origin)
    const conversationId = await ended(probe)
    const before = Date.now()
    const frame = {
      type: 'rating:submit',
      clientId: 'rate-1',
      conversationId,
      score: 4,
      comment: '  Quick and kind  ',
      nps: 9,
      ces: 6,
    } as const
    await probe.send(frame)
    await probe.next((f) => f.type === 'rating:ack' && f.clientId === 'rate-1')
    const stored = row(conversationId) as Record<string, unknown>
    expect(stored).toMatchObject({
      state: 'rated',
      rating: 4,
      rating_comment: 'Quick and kind',
      nps: 9,
      ces: 6,
      rating_client_id: 'rate-1',
    })
    expect(stored.rated_at).toBeGreaterThanOrEqual(before)
    await probe.send(frame)
    expect(await probe.next((f) => f.type === 'rating:ack')).toMatchObject({ conversationId })
    expect(probe.frames.some((f) => f.type === 'error')).toBe(false)
    expect(row(conversationId)).toEqual(stored)
    // Agents see the answers in the conversation's detail.
    expect((await store.conversationDetail(conversationId))?.rating).toEqual({
      score: 4,
      comment: 'Quick and kind',
      nps: 9,
      ces: 6,
      ratedAt: stored.rated_at,
    })
  })

  it('takes NPS alone (rating stays NULL)', async () => {
    const { origin, row } = await ratingServer()
    const { probe } = await visitor(origin)
    const conversationId = await ended(probe)
    await probe.send({ type: 'rating:submit', clientId: 'n1', conversationId, nps: 0 })
    await probe.next((f) => f.type === 'rating:ack')
    expect(row(conversationId)).toMatchObject({ rating: null, nps: 0, ces: null })
  })

  it('refuses a conversation that has not ended, or that is another visitor’s', async () => {
    const { origin, row } = await ratingServer()
    const { probe } = await visitor(origin)
    const { conversationId } = await probe.message('open-1', 'still talking')
    await probe.send({ type: 'rating:submit', clientId: 'early', conversationId, score: 5 })
    expect(await probe.error('early')).toMatchObject({ code: 'rating_not_allowed' })
    await probe.send({ type: 'conversation:end', conversationId })
    await probe.next((f) => f.type === 'conversation:state' && f.state === 'ended')
    const { probe: stranger } = await visitor(origin)
    await stranger.send({ type: 'rating:submit', clientId: 'x', conversationId, score: 1 })
    expect(await stranger.error('x')).toMatchObject({ code: 'rating_not_allowed' })
    expect(row(conversationId)).toMatchObject({ state: 'ended', rating: null })
  })

  it('keeps working for a 1.2 client: score only, no ack, state rated', async () => {
    const { origin, row } = await ratingServer()
    const { probe, welcome } = await visitor(origin, '1.2.0')
    expect(welcome.v).toBe('1.2.0')
    const conversationId = await ended(probe)
    await probe.send({ type: 'rating:submit', conversationId, score: 2, comment: 'Slow' })
    await probe.next((f) => f.type === 'conversation:state' && f.state === 'rated')
    expect(probe.frames.some((f) => f.type === 'rating:ack')).toBe(false)
    expect(row(conversationId)).toMatchObject({ rating: 2, rating_comment: 'Slow', nps: null })
    await probe.send({ type: 'rating:submit', conversationId, score: 5 })
    expect(await probe.error('rating:submit')).toMatchObject({ code: 'rating_not_allowed' })
  })
})
