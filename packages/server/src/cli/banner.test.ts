import { describe, expect, it } from 'vitest'
import { testConfig } from '../test/fixtures.ts'
import { formatBanner } from './banner.ts'

describe('formatBanner', () => {
  it('lists the URLs and the database path', () => {
    const config = testConfig({ demo: true, database: '/abs/data/chao.db' })
    const url = 'http://localhost:3000'
    expect(formatBanner({ listenUrl: url, publicUrl: url, config })).toBe(
      [
        'Chao server listening on http://localhost:3000',
        '  Demo site:     http://localhost:3000/',
        '  Agent console: http://localhost:3000/console',
        '  Widget:        http://localhost:3000/widget/chao.js',
        '  Health:        http://localhost:3000/healthz',
        '  Database:      /abs/data/chao.db',
        '  Demo login:    agent@demo.chao / chao-demo-password',
      ].join('\n'),
    )
  })

  it('uses the public URL for links and says when the demo is off', () => {
    const config = testConfig({ demo: false })
    const banner = formatBanner({
      listenUrl: 'http://0.0.0.0:8080',
      publicUrl: 'https://chat.example.com',
      config,
    })
    expect(banner).toContain('listening on http://0.0.0.0:8080')
    expect(banner).toContain('Agent console: https://chat.example.com/console')
    expect(banner).toContain('Demo site:     off (CHAO_DEMO=false)')
    expect(banner).not.toContain('Demo login')
  })
})
