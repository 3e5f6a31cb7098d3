import { describe, expect, it } from 'vitest'
import { tempFiles, testApp } from '../test/fixtures.ts'

const consoleFiles = {
  'index.html': '<!doctype html><div id="app"></div>',
  'assets/index-Dk2m9XqA.js': 'console.log(1)',
}

describe('agent console', () => {
  it('serves index.html at /console and /console/', async () => {
    const app = await testApp({ consoleDir: tempFiles(consoleFiles) })
    for (const url of ['/console', '/console/']) {
      const response = await app.inject(url)
      expect(response.statusCode).toBe(200)
      expect(response.body).toContain('<div id="app">')
      expect(response.headers).toMatchObject({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'x-frame-options': 'DENY',
      })
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    }
  })

  it('serves hashed assets as immutable', async () => {
    const app = await testApp({ consoleDir: tempFiles(consoleFiles) })
    const response = await app.inject('/console/assets/index-Dk2m9XqA.js')
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('falls back to index.html for client-side routes, not for missing assets', async () => {
    const app = await testApp({ consoleDir: tempFiles(consoleFiles) })
    const route = await app.inject('/console/inbox/42')
    expect(route.statusCode).toBe(200)
    expect(route.body).toContain('<div id="app">')
    const asset = await app.inject('/console/assets/missing-Xy12Ab34.js')
    expect(asset.statusCode).toBe(404)
  })

  it('says to build the console when it is missing', async () => {
    const app = await testApp()
    const response = await app.inject('/console')
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({ error: 'console_not_built' })
    expect(response.json().message).toMatch(/run `pnpm build`/)
  })
})
