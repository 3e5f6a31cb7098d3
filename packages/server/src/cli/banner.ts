import { DEMO_AGENT } from '../auth/accounts.ts'
import type { ServerConfig } from '../config.ts'

export interface BannerInput {
  listenUrl: string
  publicUrl: string
  config: ServerConfig
}

/** The lines printed once the server listens: where everything is. */
export function formatBanner({ listenUrl, publicUrl, config }: BannerInput): string {
  const rows: [string, string][] = [
    ['Demo site:', config.demo ? `${publicUrl}/` : 'off (CHAO_DEMO=false)'],
    ['Agent console:', `${publicUrl}/console`],
    ['Widget:', `${publicUrl}/widget/chao.js`],
    ['Health:', `${publicUrl}/healthz`],
    ['Database:', config.database],
    // Demo only: the seeded agent's login, so the console can be tried at once.
    ...(config.demo
      ? ([['Demo login:', `${DEMO_AGENT.email} / ${DEMO_AGENT.password}`]] as [string, string][])
      : []),
  ]
  const width = Math.max(...rows.map(([label]) => label.length)) + 1
  return [
    `Chao server listening on ${listenUrl}`,
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}${value}`),
  ].join('\n')
}
