import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { enCatalog, enChat } from '@chao/core'
import { expect, it } from 'vitest'

// The chat stage loads only the chat part of the visitor's catalog (load-catalog.ts); the
// extra part comes with the parts loaded later. So every text that the chat's own modules
// can show must be in the chat part, else it would show as an empty string. This follows the
// static imports from the chat's entry and from core's engine (dynamic imports are the
// parts loaded later) and checks every catalog key their code names.

const here = dirname(fileURLToPath(import.meta.url))

// Features whose texts are in the extra part since only the sites that turn them on show
// them: on those sites the chat loads its extra texts with its own (mount-chat.tsx), and
// mount-texts.test.tsx checks that they show.
const LOADED_AT_ONCE_WHEN_USED: Record<string, string> = {
  'core/src/contact/collect.ts': 'preChat (the bot asks for contact details)',
  'core/src/contact/validate.ts': 'preChat (errors in the answers to those questions)',
  'core/src/conversation/attachments.ts': 'attachments (why a file was refused)',
}
const ENTRIES = [
  resolve(here, 'entry.ts'),
  resolve(here, '../../../core/src/conversation/engine.ts'),
]

/** The modules reachable through relative static imports (not `import type`, not `import()`). */
function staticModules(entries: string[]): Map<string, string> {
  const found = new Map<string, string>()
  const visit = (file: string) => {
    if (found.has(file)) return
    const code = readFileSync(file, 'utf8')
    found.set(file, code)
    for (const [, path] of code.matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'/gms)) {
      visit(resolve(dirname(file), path as string))
    }
  }
  for (const entry of entries) visit(entry)
  return found
}

/** Catalog keys a module names: 'a.b' literals, and every key of a `a.${…}` template. */
function keysNamed(code: string): string[] {
  const keys = Object.keys(enCatalog)
  const literals = [...code.matchAll(/'([a-zA-Z]+\.[a-zA-Z0-9]+)'/g)].map((m) => m[1] as string)
  const prefixes = [...code.matchAll(/`([a-zA-Z]+\.)\$\{/g)].map((m) => m[1] as string)
  return [
    ...literals.filter((literal) => keys.includes(literal)),
    ...keys.filter((key) => prefixes.some((prefix) => key.startsWith(prefix))),
  ]
}

it('finds the chat stage modules it checks', () => {
  const files = [...staticModules(ENTRIES).keys()].map((file) => file.replace(/.*packages\//, ''))
  expect(files).toEqual(
    expect.arrayContaining([
      'widget/src/ui/ChatWindow.tsx',
      'widget/src/ui/MessageItem.tsx',
      'widget/src/chat/mount-chat.tsx',
      'core/src/conversation/bot-reply.ts',
      'core/src/contact/collect.ts',
      'core/src/greeting/greeting.ts',
    ]),
  )
  expect(files).not.toContain('widget/src/lazy/PreChatForm.tsx')
  expect(files).not.toContain('core/src/contact/lead-capture.ts')
})

it('every text the chat stage shows is in the chat part of the catalog', () => {
  const missing: string[] = []
  for (const [file, code] of staticModules(ENTRIES)) {
    // The catalogs themselves (core's built-in `translate` imports both; the widget does not).
    if (/i18n[\\/](?:en|vi)(?:-chat|-extra)?\.ts$/.test(file)) continue
    const name = file.replace(/.*packages\//, '')
    const part = Object.hasOwn(LOADED_AT_ONCE_WHEN_USED, name) ? enCatalog : enChat
    for (const key of keysNamed(code)) {
      if (!Object.hasOwn(part, key)) missing.push(`${key} (${name})`)
    }
  }
  expect(missing).toEqual([])
})
