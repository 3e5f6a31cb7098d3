#!/usr/bin/env node
import { runCli } from './cli/run-cli.ts'
import type { RunningServer } from './start.ts'

// A stuck request or socket must not keep a stopping server alive forever.
const FORCE_EXIT_AFTER_MS = 10_000

const result = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
})

if ('exitCode' in result) process.exitCode = result.exitCode
else stopOnSignals(result.server)

function stopOnSignals(server: RunningServer): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`Received ${signal} again: exiting without waiting.\n`)
      process.exit(1)
    }
    stopping = true
    process.stdout.write(`Received ${signal}: stopping (press Ctrl+C again to force)…\n`)
    setTimeout(() => {
      process.stderr.write('Open connections did not close in time: exiting anyway.\n')
      process.exit(1)
    }, FORCE_EXIT_AFTER_MS).unref()
    server.close().then(
      () => {
        process.stdout.write('Chao server stopped.\n')
      },
      (error: unknown) => {
        process.stderr.write(`Error while stopping: ${String(error)}\n`)
        process.exitCode = 1
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
