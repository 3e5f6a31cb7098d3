import { describe, expect, it } from 'vitest'
import { addAgent, handoffServer, login } from '../test/handoff.ts'

const pricingHelp = {
  id: 'pricing-help',
  conditions: { all: [{ path: { prefix: '/pricing' } }, { timeOnPage: 10 }] },
  message: { text: { vi: 'Bạn cần tư vấn gói nào?', en: 'Which plan suits you?' } },
}

async function admin() {
  const server = await handoffServer()
  await addAgent(server.store, { email: 'boss@shop.vn', role: 'admin' })
  await addAgent(server.store, { email: 'lan@shop.vn' })
  const put = async (who: string, rules: unknown) => {
    const s = await login(server.app, who)
    return server.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/sites/demo/proactive',
      headers: { cookie: s.cookie, 'x-chao-csrf': s.csrf },
      payload: { rules },
    })
  }
  return { ...server, put }
}

describe('proactive rules in the site configuration', () => {
  it('are saved by an admin and served to the widget with the site config', async () => {
    const { app, put } = await admin()
    const saved = await put('boss@shop.vn', [pricingHelp])
    expect(saved.statusCode).toBe(200)
    const config = await app.inject('/api/v1/config?site=demo')
    expect(config.json().proactive).toEqual([pricingHelp])
  })

  it('are refused whole, with every problem named, when one rule is bad', async () => {
    const { app, put } = await admin()
    const bad = { id: 'vip', conditions: { attribute: 'plan', op: 'bigger', value: 1 } }
    const response = await put('boss@shop.vn', [pricingHelp, bad])
    expect(response.statusCode).toBe(400)
    const body = response.json()
    expect(body.error).toBe('invalid_rules')
    expect(body.problems.length).toBeGreaterThan(0)
    expect(body.problems.every((p: { id: string | null }) => p.id === 'vip')).toBe(true)
    expect((await app.inject('/api/v1/config?site=demo')).json().proactive).toBeUndefined()
  })

  it('are admin-only', async () => {
    const { put } = await admin()
    expect((await put('lan@shop.vn', [pricingHelp])).statusCode).toBe(403)
  })
})
