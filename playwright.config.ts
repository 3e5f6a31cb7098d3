import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

// End-to-end tests drive Debian's Chromium (`apt-get install chromium`); Playwright's own
// browser downloads are not reachable from our machines. `scripts/test.mjs` installs the
// browser when it is missing.
const chromium = process.env.CHAO_CHROMIUM ?? '/usr/bin/chromium'
const port = Number(process.env.CHAO_E2E_PORT ?? 3210)
const serverOrigin = `http://localhost:${port}`

// A fresh database for every run: the server creates its schema on start.
const dataDir = process.env.CHAO_E2E_DATA ?? mkdtempSync(join(tmpdir(), 'chao-e2e-'))
process.env.CHAO_E2E_DATA = dataDir

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CHAO_PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.CHAO_PLAYWRIGHT_JSON }]]
    : [['list']],
  use: {
    baseURL: serverOrigin,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      // The machine has no outside network: keep Chromium from trying to phone home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Customer sites in the tests live on made-up public origins (http://shop.example)
        // and load the widget from our server on localhost; Chromium's Private/Local
        // Network Access rules would block that. Production has public servers on both
        // sides, so the rules don't apply there.
        '--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,LocalNetworkAccessChecks',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'node packages/server/dist/cli.js start',
    url: `${serverOrigin}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: 'localhost',
      CHAO_DATABASE: join(dataDir, 'chao.db'),
      CHAO_LOG_LEVEL: 'warn',
    },
  },
})
