import { describe, expect, it } from 'vitest'
import { testApp } from '../test/fixtures.ts'

describe('GET /api/v1/config', () => {
  it('returns the demo site by default, readable from any origin', async () => {
    const app = await testApp()
    const response = await app.inject({
      url: '/api/v1/config',
      headers: { origin: 'https://shop.example' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['access-control-allow-origin']).toBe('*')
    const body = response.json()
    expect(body.site).toEqual({ id: 'demo', name: 'Chao Shop' })
    expect(body.greeting).toEqual({ vi: expect.any(String), en: expect.any(String) })
  })

  it('takes the site from the query', async () => {
    const app = await testApp()
    const response = await app.inject('/api/v1/config?site=demo')
    expect(response.json().site.id).toBe('demo')
  })

  it('answers 404 unknown_site for a site that does not exist', async () => {
    const app = await testApp()
    const response = await app.inject('/api/v1/config?site=elsewhere')
    expect(response.statusCode).toBe(404)
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(response.json()).toEqual({
      error: 'unknown_site',
      message: expect.stringContaining('No site "elsewhere"'),
    })
    // Any protocol id is looked up (widgets accept them), so the widget can name it.
    const dash = await app.inject('/api/v1/config?site=-shop')
    expect(dash.statusCode).toBe(404)
    expect(dash.json().error).toBe('unknown_site')
  })

  it('answers 400 for a malformed site id', async () => {
    const app = await testApp()
    for (const url of ['/api/v1/config?site=%3Cscript%3E', '/api/v1/config?site=a&site=b']) {
      const response = await app.inject(url)
      expect(response.statusCode).toBe(400)
      expect(response.json().error).toBe('invalid_site')
    }
  })

  it('answers the CORS preflight', async () => {
    const app = await testApp()
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/config?site=demo',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(response.statusCode).toBe(204)
    expect(response.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'content-type',
    })
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const app = await testApp()
    const response = await app.inject('/api/v1/nothing')
    expect(response.statusCode).toBe(404)
    expect(response.json().error).toBe('not_found')
  })
})
