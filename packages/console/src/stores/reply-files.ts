import type { Attachment } from '@chao/protocol'
import { map } from 'nanostores'
import { ApiError, api } from '../api.ts'

/** Files an agent attached to their next reply, per conversation (kept while switching). */
export interface ReplyFiles {
  files: Attachment[]
  /** Uploads still running. */
  uploading: number
  /** Why the last upload failed, or null. */
  error: string | null
}

export const $replyFiles = map<Record<string, ReplyFiles>>({})

const EMPTY: ReplyFiles = { files: [], uploading: 0, error: null }
const current = (id: string) => $replyFiles.get()[id] ?? EMPTY
const patch = (id: string, change: (now: ReplyFiles) => Partial<ReplyFiles>) => {
  const now = current(id)
  $replyFiles.setKey(id, { ...now, ...change(now) })
}

/** Uploads the files (one at a time, in order); each appears once it is on the server. */
export async function attachReplyFiles(
  conversationId: string,
  siteId: string,
  files: readonly File[],
): Promise<void> {
  patch(conversationId, (now) => ({ uploading: now.uploading + files.length, error: null }))
  for (const file of files) {
    try {
      const stored = await api.upload(siteId, file)
      patch(conversationId, (now) => ({ files: [...now.files, stored] }))
    } catch (error) {
      const message =
        error instanceof ApiError ? error.message : `${file.name}: the server could not be reached.`
      patch(conversationId, () => ({ error: message }))
    } finally {
      patch(conversationId, (now) => ({ uploading: now.uploading - 1 }))
    }
  }
}

export function removeReplyFile(conversationId: string, url: string): void {
  patch(conversationId, (now) => ({ files: now.files.filter((f) => f.url !== url) }))
}

/** The files to send with the reply, now cleared from the composer. */
export function takeReplyFiles(conversationId: string): Attachment[] {
  const { files } = current(conversationId)
  patch(conversationId, () => ({ files: [], error: null }))
  return files
}
