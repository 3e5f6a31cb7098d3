import { readFileSync } from 'node:fs'

/** This package's version, read once from package.json (one level above src/ and dist/). */
export function readVersion(): string {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  )
  const version = (json as { version?: unknown }).version
  return typeof version === 'string' ? version : '0.0.0'
}
