import { readFileSync, writeFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { compileFaqMarkdown, FaqKbError, parseFaqKb } from '@chao/core'
import type { CliIo } from './run-cli.ts'

export const FAQ_HELP = `Usage: chao faq build <faq.md|faq.json> [-o <faq.json>]

Compiles an FAQ written in Markdown (one "## Question" heading per entry, its other
phrasings as bullets, then the answer) into the JSON the widget loads, and reports
problems with their line numbers: duplicate or conflicting questions, missing answers,
unknown follow-ups, bad links. Given a .json file, it only checks it.

Exit code 0: written (warnings may be printed); 1: errors, nothing written; 2: usage.
`

/** `chao faq build faq.md -o faq.json`. */
export function runFaq(args: readonly string[], io: CliIo): { exitCode: number } {
  const [sub, ...rest] = args
  if (sub === undefined || sub === '-h' || sub === '--help' || rest.includes('--help')) {
    io.out(FAQ_HELP)
    return { exitCode: sub === undefined ? 2 : 0 }
  }
  if (sub !== 'build') {
    io.err(`chao faq: unknown command "${sub}". Run \`chao faq --help\`.\n`)
    return { exitCode: 2 }
  }
  const parsed = parseArgs(rest)
  if ('error' in parsed) {
    io.err(`chao faq build: ${parsed.error}. Run \`chao faq --help\`.\n`)
    return { exitCode: 2 }
  }
  const input = resolve(io.cwd, parsed.input)
  let source: string
  try {
    source = readFileSync(input, 'utf8')
  } catch (error) {
    io.err(`chao faq build: cannot read ${parsed.input}: ${(error as Error).message}\n`)
    return { exitCode: 1 }
  }
  return extname(input).toLowerCase() === '.json'
    ? checkJson(parsed.input, source, io)
    : buildMarkdown(parsed, source, io)
}

function parseArgs(
  args: readonly string[],
): { input: string; output?: string } | { error: string } {
  let input: string | undefined
  let output: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '-o' || arg === '--output') {
      output = args[++i]
      if (output === undefined) return { error: `${arg} needs a file name` }
    } else if (arg.startsWith('-')) {
      return { error: `unknown option "${arg}"` }
    } else if (input === undefined) {
      input = arg
    } else {
      return { error: `unexpected argument "${arg}"` }
    }
  }
  if (input === undefined) return { error: 'missing the input file' }
  return output === undefined ? { input } : { input, output }
}

function buildMarkdown(
  args: { input: string; output?: string },
  source: string,
  io: CliIo,
): { exitCode: number } {
  const { kb, problems } = compileFaqMarkdown(source)
  for (const p of problems) io.err(`${args.input}:${p.line}: ${p.severity}: ${p.message}\n`)
  const errors = problems.filter((p) => p.severity === 'error').length
  if (errors > 0) {
    io.err(`chao faq build: ${errors} error${errors === 1 ? '' : 's'}; nothing written.\n`)
    return { exitCode: 1 }
  }
  const json = `${JSON.stringify(kb, null, 2)}\n`
  if (args.output === undefined) {
    io.out(json)
  } else {
    writeFileSync(resolve(io.cwd, args.output), json)
    const warnings = problems.length
    io.err(
      `Wrote ${args.output}: ${kb.entries.length} entries` +
        `${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.\n`,
    )
  }
  return { exitCode: 0 }
}

function checkJson(name: string, source: string, io: CliIo): { exitCode: number } {
  try {
    const kb = parseFaqKb(JSON.parse(source))
    io.err(`${name}: valid, ${kb.entries.length} entries.\n`)
    return { exitCode: 0 }
  } catch (error) {
    const lines = error instanceof FaqKbError ? error.issues : [(error as Error).message]
    for (const line of lines) io.err(`${name}: error: ${line}\n`)
    return { exitCode: 1 }
  }
}
