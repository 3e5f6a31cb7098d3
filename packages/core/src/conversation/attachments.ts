import type { Translate } from '../i18n/translate.ts'
import type { AttachmentPolicy } from './types.ts'

/** "5 MB", "300 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

function accepts(accept: readonly string[], file: { name: string; type: string }): boolean {
  const type = file.type.toLowerCase()
  const name = file.name.toLowerCase()
  return accept.some((rule) => {
    const r = rule.trim().toLowerCase()
    if (r.startsWith('.')) return name.endsWith(r)
    if (r.endsWith('/*')) return type.startsWith(r.slice(0, -1))
    return type === r
  })
}

/** Why the file cannot be sent (a sentence for the visitor), or null when it can. */
export function rejectFile(
  policy: AttachmentPolicy | undefined,
  file: { name: string; type: string; size: number },
  t: Translate,
): string | null {
  if (!policy) return t('attach.disabled')
  if (!accepts(policy.accept, file)) {
    return t('attach.badType', { name: file.name, types: policy.accept.join(', ') })
  }
  if (file.size > policy.maxSize) {
    return t('attach.tooBig', { name: file.name, max: formatSize(policy.maxSize) })
  }
  return null
}
