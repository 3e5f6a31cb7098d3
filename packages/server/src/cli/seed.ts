import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.ts'
import { seedReportFixtureFile } from '../reports/fixture.ts'
import { seedLarge } from '../reports/seed-large.ts'
import type { CliIo } from './run-cli.ts'

const USAGE =
  'Usage: chao seed fixture|large [--db <file>] [--conversations N]\n' +
  '  fixture  the small reports dataset of docs/metrics.md (agents an@fixture.chao and\n' +
  '           binh@fixture.chao, password chao-fixture-password) into an empty database\n' +
  '  large    100,000 conversations / 1,000,000 messages over 90 days into a new file\n' +
  '  --db defaults to CHAO_DATABASE (./data/chao.db).\n'

/** `chao seed …`: datasets for the reports (tests, the console's end-to-end test, the bench). */
export async function runSeed(argv: readonly string[], io: CliIo): Promise<{ exitCode: number }> {
  const [kind, ...rest] = argv
  if (kind === '--help' || kind === '-h') {
    io.out(USAGE)
    return { exitCode: 0 }
  }
  if (kind !== 'fixture' && kind !== 'large') {
    io.err(`chao seed: say what to seed, fixture or large.\n${USAGE}`)
    return { exitCode: 2 }
  }
  let values: { db?: string; conversations?: string }
  try {
    ;({ values } = parseArgs({
      args: [...rest],
      options: { db: { type: 'string' }, conversations: { type: 'string' } },
    }))
  } catch (error) {
    io.err(`chao seed: ${(error as Error).message}\n${USAGE}`)
    return { exitCode: 2 }
  }
  try {
    const path =
      values.db === undefined ? loadConfig(io.env, io.cwd).database : resolve(io.cwd, values.db)
    if (kind === 'fixture') {
      await seedReportFixtureFile(path)
      io.out(`Seeded the reports fixture into ${path}.\n`)
      return { exitCode: 0 }
    }
    const conversations =
      values.conversations === undefined ? undefined : Number(values.conversations)
    if (conversations !== undefined && !(Number.isInteger(conversations) && conversations > 0)) {
      io.err('chao seed: --conversations must be a positive whole number.\n')
      return { exitCode: 2 }
    }
    const result = seedLarge(path, conversations === undefined ? {} : { conversations })
    io.out(
      `Seeded ${result.conversations} conversations, ${result.messages} messages and ` +
        `${result.events} widget events into ${path} in ${(result.ms / 1000).toFixed(1)} s.\n`,
    )
    return { exitCode: 0 }
  } catch (error) {
    io.err(`chao seed ${kind}: ${(error as Error).message}\n`)
    return { exitCode: 1 }
  }
}
