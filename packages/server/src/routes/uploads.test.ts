import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { signVisitorToken } from '../realtime/tokens.ts'
import { tempDir } from '../test/fixtures.ts'
import { addAgent, handoffServer, login } from '../test/handoff.ts'
import { cleanName } from '../uploads/files.ts'

const SECRET = 'upload-test-secret-0123456789'
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(24, 1),
])
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n')

async function setup(maxBytes = 1024, types?: string[]) {
  const dir = tempDir()
  const server = await handoffServer({
    secret: SECRET,
    uploadDir: dir,
    uploadMaxBytes: maxBytes,
    ...(types ? { uploadTypes: types } : {}),
  })
  const token = signVisitorToken(SECRET, { visitorId: 'visitor1', siteId: 'demo' })
  const upload = (
    body: Buffer | string,
    type: string,
    name: string,
    headers: Record<string, string> = { authorization: `Bearer ${token}` },
    site = 'demo',
  ) =>
    server.app.inject({
      method: 'POST',
      url: `/api/v1/sites/${site}/uploads`,
      headers: { 'content-type': type, 'x-chao-filename': encodeURIComponent(name), ...headers },
      payload: body,
    })
  return { ...server, dir, upload }
}

describe('uploads', () => {
  it('stores a visitor’s image and serves it inline, unsniffable and sandboxed', async () => {
    const { app, upload } = await setup()
    const created = await upload(PNG, 'image/png', 'ảnh chụp.png')
    expect(created.statusCode).toBe(201)
    expect(created.headers['access-control-allow-origin']).toBe('*')
    const attachment = created.json() as { name: string; type: string; size: number; url: string }
    expect(attachment).toMatchObject({ name: 'ảnh chụp.png', type: 'image/png', size: PNG.length })
    expect(attachment.url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/v1\/uploads\/[\w-]{22}\//)
    const served = await app.inject({ url: new URL(attachment.url).pathname })
    expect(served.statusCode).toBe(200)
    expect(served.rawPayload.equals(PNG)).toBe(true)
    expect(served.headers['content-type']).toBe('image/png')
    expect(served.headers['content-disposition']).toMatch(/^inline; /)
    expect(served.headers['x-content-type-options']).toBe('nosniff')
    expect(served.headers['content-security-policy']).toMatch(/^sandbox/)
  })

  it('serves a PDF as a download, and an agent may upload with session and CSRF', async () => {
    const { app, store, upload } = await setup()
    await addAgent(store, { email: 'lan@shop.vn' })
    const { cookie, csrf } = await login(app, 'lan@shop.vn')
    expect((await upload(PDF, 'application/pdf', 'quote.pdf', { cookie })).statusCode).toBe(403)
    const created = await upload(PDF, 'application/pdf', 'quote.pdf', {
      cookie,
      'x-chao-csrf': csrf,
    })
    expect(created.statusCode).toBe(201)
    const served = await app.inject({ url: new URL(created.json().url).pathname })
    expect(served.headers['content-disposition']).toBe(
      `attachment; filename="quote.pdf"; filename*=UTF-8''quote.pdf`,
    )
  })

  it('refuses uploads without a valid token or session, or for another site', async () => {
    const { upload } = await setup()
    expect((await upload(PNG, 'image/png', 'a.png', {})).statusCode).toBe(401)
    const forged = await upload(PNG, 'image/png', 'a.png', {
      authorization: 'Bearer v1.x.demo.sig',
    })
    expect(forged.statusCode).toBe(401)
    const other = signVisitorToken(SECRET, { visitorId: 'visitor1', siteId: 'other' })
    const elsewhere = await upload(PNG, 'image/png', 'a.png', { authorization: `Bearer ${other}` })
    expect(elsewhere.statusCode).toBe(403)
    const unknown = await upload(
      PNG,
      'image/png',
      'a.png',
      { authorization: `Bearer ${other}` },
      'other',
    )
    expect(unknown.statusCode).toBe(404)
  })

  it('enforces the size limit and the type allow-list, and checks the content', async () => {
    const { upload, dir } = await setup(64)
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(64)]), 'image/png', 'big.png')
    expect(big.statusCode).toBe(413)
    expect(big.json()).toMatchObject({
      error: 'file_too_large',
      message: 'Files may be at most 64 bytes.',
    })
    for (const type of ['text/html', 'image/svg+xml', 'application/x-msdownload']) {
      const refused = await upload('<svg onload="alert(1)"/>', type, 'x')
      expect(refused.statusCode).toBe(415)
      expect(refused.json()).toMatchObject({ error: 'type_not_allowed' })
    }
    const html = await upload('<script>alert(1)</script>', 'image/png', 'fake.png')
    expect(html.statusCode).toBe(415)
    expect(html.json()).toMatchObject({ error: 'type_mismatch' })
    expect((await upload('', 'text/plain', 'empty.txt')).statusCode).toBe(400)
    expect(readdirSync(dir)).toEqual([])
  })

  it('cleans hostile names, and 404s unknown or malformed ids', async () => {
    const { app, upload } = await setup()
    const created = await upload('hi', 'text/plain', '../../etc/passwd\u202e\r\nx: y')
    expect(created.json().name).toBe('passwdx: y')
    const served = await app.inject({ url: new URL(created.json().url).pathname })
    expect(served.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(served.headers['content-disposition']).toMatch(/^attachment; filename="passwdx: y"/)
    expect((await app.inject({ url: '/api/v1/uploads/AAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(
      404,
    )
    expect((await app.inject({ url: '/api/v1/uploads/..%2F..%2Fchao.db' })).statusCode).toBe(404)
    expect(cleanName('...')).toBe('file')
    expect(cleanName('C:\\Users\\me\\"quote".pdf')).toBe('"quote".pdf')
  })

  it('never serves SVG or HTML inline, even when an admin allows them', async () => {
    const { app, upload } = await setup(1024, ['image/svg+xml', 'text/html'])
    for (const [type, body] of [
      ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      ['text/html', '<script>alert(document.cookie)</script>'],
    ] as const) {
      const created = await upload(body, type, 'x')
      expect(created.statusCode).toBe(201)
      const served = await app.inject({ url: new URL(created.json().url).pathname })
      expect(served.headers['content-type']).toBe('application/octet-stream')
      expect(served.headers['content-disposition']).toMatch(/^attachment;/)
      expect(served.headers['content-security-policy']).toMatch(/^sandbox/)
    }
  })
})
