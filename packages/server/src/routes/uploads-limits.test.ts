import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { createServer } from '../app.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { signVisitorToken } from '../realtime/tokens.ts'
import { tempDir, testConfig } from '../test/fixtures.ts'

// Repeated uploads cannot fill the disk: a rate per visitor (429 with Retry-After), a
// storage cap per site (507), and files attached to nothing are deleted at start and every
// hour. Time is injected (`uploadClock`).

const SECRET = 'upload-limits-secret-0123456789'
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(24, 1),
])
const HOUR = 60 * 60 * 1000
const store = createSqliteStore({ path: ':memory:' })
const closing: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const close of closing.splice(0)) await close()
})
afterAll(() => store.close())

async function server(dir: string, clock: () => number, overrides = {}) {
  const app = await createServer(
    testConfig({ secret: SECRET, uploadDir: dir, uploadClock: clock, ...overrides }),
    store,
  )
  closing.push(() => app.close())
  const upload = (visitorId = 'visitor1', forwardedFor?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/sites/demo/uploads',
      headers: {
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        authorization: `Bearer ${signVisitorToken(SECRET, { visitorId, siteId: 'demo' })}`,
        'content-type': 'image/png',
        'x-chao-filename': 'a.png',
      },
      payload: PNG,
    })
  return { app, upload }
}

describe('upload limits', () => {
  it('a visitor over CHAO_UPLOAD_RATE gets 429 with Retry-After, and may go on later', async () => {
    let now = Date.now()
    const { upload } = await server(tempDir(), () => now, { uploadRate: 2 })
    expect((await upload()).statusCode).toBe(201)
    expect((await upload()).statusCode).toBe(201)
    const refused = await upload()
    expect(refused.statusCode).toBe(429)
    expect(refused.json()).toMatchObject({ error: 'rate_limited' })
    expect(refused.headers['retry-after']).toBe('600')
    expect((await upload('visitor2')).statusCode).toBe(201)
    now += 10 * 60 * 1000 + 1
    expect((await upload()).statusCode).toBe(201)
  })

  it('counts one address 5× the rate; behind CHAO_TRUST_PROXY, the forwarded address', async () => {
    const direct = await server(tempDir(), Date.now, { uploadRate: 1 })
    for (let i = 0; i < 5; i++) {
      expect((await direct.upload(`v${i}`, '203.0.113.1')).statusCode).toBe(201)
    }
    // Without a trusted proxy the header is ignored: still the same address.
    expect((await direct.upload('v5', '203.0.113.2')).statusCode).toBe(429)

    const proxied = await server(tempDir(), Date.now, { uploadRate: 1, trustProxy: ['loopback'] })
    for (let i = 0; i < 5; i++) {
      expect((await proxied.upload(`p${i}`, '203.0.113.1')).statusCode).toBe(201)
    }
    expect((await proxied.upload('p5', '203.0.113.1')).statusCode).toBe(429)
    expect((await proxied.upload('p6', '203.0.113.2')).statusCode).toBe(201)
  })

  it('a site over CHAO_UPLOAD_SITE_MAX_BYTES gets 507, counting files already on disk', async () => {
    const dir = tempDir()
    const first = await server(dir, Date.now, { uploadSiteMaxBytes: PNG.length * 2 })
    expect((await first.upload()).statusCode).toBe(201)
    await first.app.close()
    // A restart counts what is on disk.
    const again = await server(dir, Date.now, { uploadSiteMaxBytes: PNG.length * 2 })
    expect((await again.upload()).statusCode).toBe(201)
    const full = await again.upload()
    expect(full.statusCode).toBe(507)
    expect(full.json()).toMatchObject({ error: 'storage_full' })
  })

  it('on start, files attached to nothing for CHAO_UPLOAD_UNATTACHED_MS are deleted', async () => {
    const dir = tempDir()
    const start = Date.now()
    const first = await server(dir, () => start)
    const kept = (await first.upload()).json() as { url: string; name: string }
    const orphan = (await first.upload()).json() as { url: string }
    const visitor = await store.createVisitor('demo')
    await store.appendMessage({
      siteId: 'demo',
      visitorId: visitor.id,
      author: 'visitor',
      senderKey: `visitor:${visitor.id}`,
      clientId: 'with-file',
      text: 'here',
      attachments: [{ name: kept.name, type: 'image/png', size: PNG.length, url: kept.url }],
    })
    await first.app.close()
    const idOf = (url: string) => new URL(url).pathname.split('/')[4] as string

    const later = await server(dir, () => start + 2 * HOUR, { uploadUnattachedMs: HOUR })
    await expect.poll(() => existsSync(join(dir, idOf(orphan.url)))).toBe(false)
    expect(existsSync(join(dir, idOf(kept.url)))).toBe(true)
    const served = await later.app.inject({ url: new URL(kept.url).pathname })
    expect(served.statusCode).toBe(200)
  })
})
