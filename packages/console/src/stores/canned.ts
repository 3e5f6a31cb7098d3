import { atom } from 'nanostores'
import { ApiError, api, type Canned, type CannedInput } from '../api.ts'

/** The team's and my canned responses, for the editor and `/shortcut` completion. */
export const $canned = atom<Canned[]>([])
/** Why the last change was refused (a taken shortcut, a lost session…), or null. */
export const $cannedError = atom<string | null>(null)

/** Shortcuts: lower-case letters, digits, `-` and `_`, up to 32 (as the server checks). */
export const SHORTCUT = /^[a-z0-9_-]{1,32}$/

const byShortcut = (a: Canned, b: Canned) =>
  a.shortcut.localeCompare(b.shortcut) || Number(a.personal) - Number(b.personal)

export async function loadCanned(): Promise<void> {
  $canned.set((await api.canned()).canned)
}

/** Adds (no `id`) or edits a response; resolves false, with `$cannedError` set, if refused. */
export async function saveCanned(input: CannedInput & { id?: string }): Promise<boolean> {
  const shortcut = input.shortcut.trim().replace(/^\//, '').toLowerCase()
  const text = input.text.trim()
  if (!SHORTCUT.test(shortcut)) {
    $cannedError.set('A shortcut is 1–32 lower-case letters, digits, “-” or “_”.')
    return false
  }
  if (text === '') {
    $cannedError.set('Write the text the shortcut expands to.')
    return false
  }
  return attempt(async () => {
    const saved =
      input.id === undefined
        ? await api.addCanned({ shortcut, text, ...(input.team ? { team: true } : {}) })
        : await api.updateCanned(input.id, { shortcut, text })
    const others = $canned.get().filter((c) => c.id !== saved.id)
    $canned.set([...others, saved].sort(byShortcut))
  })
}

export async function deleteCanned(id: string): Promise<boolean> {
  return attempt(async () => {
    await api.deleteCanned(id)
    $canned.set($canned.get().filter((c) => c.id !== id))
  })
}

async function attempt(change: () => Promise<void>): Promise<boolean> {
  try {
    await change()
    $cannedError.set(null)
    return true
  } catch (error) {
    $cannedError.set(error instanceof ApiError ? error.message : 'The server could not be reached.')
    return false
  }
}
