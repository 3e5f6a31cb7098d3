import { describe, expect, it } from 'vitest'
import { createServer } from '../app.ts'
import { tempFiles, testApp, testConfig } from '../test/fixtures.ts'

const widgetFiles = {
  'chao.js': 'export {}\n',
  'chao.css': ':host{}\n',
  'chao.js.map': '{"version":3}',
  'chunks/x-AbCdEfGh12.js': 'export const x = 1\n',
}

describe('GET /widget/*', () => {
  it('serves the stable loader with a short cache, an ETag, CORS and a JS content type', async () => {
    const app = await testApp({ widgetDir: tempFiles(widgetFiles) })
    const response = await app.inject('/widget/chao.js')
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe('export {}\n')
    expect(response.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300, must-revalidate',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    })
    expect(response.headers.etag).toBeTruthy()
  })

  it('answers 304 when the ETag still matches', async () => {
    const app = await testApp({ widgetDir: tempFiles(widgetFiles) })
    const first = await app.inject('/widget/chao.js')
    const etag = String(first.headers.etag)
    const second = await app.inject({ url: '/widget/chao.js', headers: { 'if-none-match': etag } })
    expect(second.statusCode).toBe(304)
  })

  it('lets hashed chunks be cached forever', async () => {
    const app = await testApp({ widgetDir: tempFiles(widgetFiles) })
    const response = await app.inject('/widget/chunks/x-AbCdEfGh12.js')
    expect(response.statusCode).toBe(200)
    expect(response.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      'access-control-allow-origin': '*',
    })
  })

  it('sends CSS and source maps with their types', async () => {
    const app = await testApp({ widgetDir: tempFiles(widgetFiles) })
    const css = await app.inject('/widget/chao.css')
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    const map = await app.inject('/widget/chao.js.map')
    expect(map.headers['content-type']).toBe('application/json; charset=utf-8')
  })

  it('answers 404 with CORS for a missing file, and never leaves the directory', async () => {
    const app = await testApp({ widgetDir: tempFiles(widgetFiles) })
    const missing = await app.inject('/widget/nope.js')
    expect(missing.statusCode).toBe(404)
    expect(missing.headers['access-control-allow-origin']).toBe('*')
    expect(missing.json()).toMatchObject({ error: 'not_found' })
    const outside = await app.inject('/widget/../package.json')
    expect(outside.statusCode).toBeGreaterThanOrEqual(400)
    const encoded = await app.inject('/widget/%2e%2e/%2e%2e/package.json')
    expect(encoded.statusCode).toBeGreaterThanOrEqual(400)
  })

  it('says to run pnpm build when the widget is not built', async () => {
    const lines: string[] = []
    const config = testConfig({ logLevel: 'warn' })
    const app = await createServer(config, undefined, {
      logStream: { write: (l) => lines.push(l) },
    })
    const response = await app.inject('/widget/chao.js')
    await app.close()
    expect(response.statusCode).toBe(404)
    expect(response.json().message).toMatch(/run `pnpm build`/)
    const warnings = lines.map((line) => JSON.parse(line).msg as string)
    expect(warnings.filter((msg) => msg.startsWith('The widget is not built'))).toHaveLength(1)
    expect(warnings.find((msg) => msg.startsWith('The widget'))).toMatch(/Run `pnpm build`/)
  })
})
