import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { EXPECTED_WEEK } from '../reports/fixture-expected.ts'
import { resolveReportQuery } from '../reports/index.ts'
import { cliIo } from '../test/cli-io.ts'
import { runCli } from './run-cli.ts'

describe('chao seed', () => {
  it('seeds the reports fixture into a file a server can open', async () => {
    const { io, out, cwd } = cliIo()
    expect(await runCli(['seed', 'fixture', '--db', 'reports.db'], io)).toEqual({ exitCode: 0 })
    expect(out.join('')).toContain('Seeded the reports fixture')
    const store = createSqliteStore({ path: join(cwd, 'reports.db') })
    const summary = await store.reportSummary(
      resolveReportQuery({ from: '2026-11-09', to: '2026-11-12', tz: 'Asia/Ho_Chi_Minh' }),
    )
    await store.close()
    expect(summary.current.metrics).toEqual(EXPECTED_WEEK)
  })

  it('seeds a large dataset, scaled down here, and refuses to overwrite it', async () => {
    const { io, out, err } = cliIo()
    const args = ['seed', 'large', '--db', 'large.db', '--conversations', '300']
    expect(await runCli(args, io)).toEqual({ exitCode: 0 })
    expect(out.join('')).toMatch(/Seeded 300 conversations, 3000 messages and \d+ widget events/)
    expect(await runCli(args, io)).toEqual({ exitCode: 1 })
    expect(err.join('')).toContain('already exists')
  })

  it('says what it can seed', async () => {
    const { io, err } = cliIo()
    expect(await runCli(['seed'], io)).toEqual({ exitCode: 2 })
    expect(err.join('')).toContain('fixture or large')
  })
})
