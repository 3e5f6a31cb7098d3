import { SUPPORTED_LOCALES, translate } from '@chao/core'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../version.ts'
import { LAUNCHER_LABEL, launcherLabel, UNREAD_LABEL } from './launcher-label.ts'

describe('strings copied to keep the loader small', () => {
  it('launcher labels match the core catalog', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(LAUNCHER_LABEL[locale]).toBe(translate(locale, 'launcher.open'))
      expect(UNREAD_LABEL[locale]).toBe(translate(locale, 'launcher.unread'))
    }
    expect(launcherLabel('en', 0)).toBe('Open chat')
    expect(launcherLabel('vi', 3)).toBe('Mở trò chuyện, 3 tin chưa đọc')
  })

  it('VERSION matches package.json', async () => {
    const { readFile } = await import('node:fs/promises')
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(VERSION).toBe(pkg.version)
  })
})
