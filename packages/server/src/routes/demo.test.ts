import { describe, expect, it } from 'vitest'
import { tempFiles, testApp } from '../test/fixtures.ts'

const demoFiles = {
  'index.html':
    '<!doctype html><script src="%CHAO_SERVER%/widget/chao.js" data-server="%CHAO_SERVER%"></script>',
  'pricing.html': '<p>%CHAO_SERVER%</p>',
  'site.css': 'body{}',
  'faq.json': '{"entries":[]}',
  '.secret.html': 'no',
}

describe('demo site', () => {
  it('serves index.html at / with the placeholder replaced by the request origin', async () => {
    const app = await testApp({ demo: true, demoDir: tempFiles(demoFiles) })
    const response = await app.inject({ url: '/', headers: { host: 'localhost:4321' } })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.body).toBe(
      '<!doctype html><script src="http://localhost:4321/widget/chao.js" data-server="http://localhost:4321"></script>',
    )
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cache-control': 'no-cache',
    })
  })

  it('prefers CHAO_PUBLIC_URL over the Host header', async () => {
    const app = await testApp({
      demo: true,
      demoDir: tempFiles(demoFiles),
      publicUrl: 'https://chat.example.com',
    })
    const response = await app.inject({ url: '/pricing.html', headers: { host: 'evil.test' } })
    expect(response.body).toBe('<p>https://chat.example.com</p>')
  })

  it('refuses a Host header that is not a host name', async () => {
    const app = await testApp({ demo: true, demoDir: tempFiles(demoFiles) })
    const response = await app.inject({ url: '/', headers: { host: 'a"><script>' } })
    expect(response.statusCode).toBe(400)
  })

  it('serves the other files as they are', async () => {
    const app = await testApp({ demo: true, demoDir: tempFiles(demoFiles) })
    const css = await app.inject('/site.css')
    expect(css.statusCode).toBe(200)
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    const faq = await app.inject('/faq.json')
    expect(faq.json()).toEqual({ entries: [] })
    expect(faq.headers['content-type']).toBe('application/json; charset=utf-8')
  })

  it('answers 404 for missing pages, dotfiles and paths out of the directory', async () => {
    const app = await testApp({ demo: true, demoDir: tempFiles(demoFiles) })
    expect((await app.inject('/missing.html')).statusCode).toBe(404)
    expect((await app.inject('/.secret.html')).statusCode).toBe(404)
    expect((await app.inject('/missing.css')).statusCode).toBe(404)
    expect((await app.inject('/%2e%2e/package.json')).statusCode).toBeGreaterThanOrEqual(400)
    expect((await app.inject('/sub/%2e%2e/%2e%2e/x.html')).statusCode).toBe(404)
  })

  it('is not served when CHAO_DEMO is false', async () => {
    const app = await testApp({ demo: false, demoDir: tempFiles(demoFiles) })
    const response = await app.inject('/')
    expect(response.json()).toMatchObject({ name: 'Chao server', console: '/console' })
    expect((await app.inject('/pricing.html')).statusCode).toBe(404)
  })
})
