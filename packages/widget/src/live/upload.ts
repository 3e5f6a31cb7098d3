import type { Attachment } from '@chao/core'
import type { Attachment as StoredFile } from '@chao/protocol'

// Files the visitor attaches reach the server before the message that carries them:
// `POST /api/v1/sites/:site/uploads` with the raw bytes (docs/widget-attachments.md).

/** Where and as whom to upload. */
export interface UploadTarget {
  server: string
  site: string
  /** The visitor token, once the connection has one. */
  token(): Promise<string>
  fetch?: typeof fetch
}

/** A file that could not be uploaded; `message` says why, for the visitor. */
export class UploadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    /** `lost`: the bytes are gone (attached before a reload); else the server's code. */
    readonly code: string,
  ) {
    super(message)
    this.name = 'UploadError'
  }
}

const httpUrl = (url: string | undefined) => !!url && /^https?:\/\//.test(url)

/** Uploads one file; the attachment the server answers (name, type, size, http URL). */
export async function uploadFile(
  target: UploadTarget,
  file: { name: string; type: string },
  body: Blob,
): Promise<StoredFile> {
  const fetchImpl = target.fetch ?? fetch
  const url = `${target.server}/api/v1/sites/${encodeURIComponent(target.site)}/uploads`
  let response: Response
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await target.token()}`,
        'content-type': file.type || 'application/octet-stream',
        'x-chao-filename': encodeURIComponent(file.name),
      },
      body,
    })
  } catch {
    throw new UploadError(file.name, 'the server could not be reached.', 'network')
  }
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    const message = typeof answer.message === 'string' ? answer.message : `HTTP ${response.status}`
    throw new UploadError(file.name, message, String(answer.error ?? response.status))
  }
  return answer as unknown as StoredFile
}

/**
 * The message's attachments as the server will keep them: http(s) ones as they are, local
 * ones (`blob:` URLs of the files picked on this page) uploaded first. A file without
 * bytes any more (picked before a reload) is an `UploadError` with code `lost`.
 */
export async function uploadAttachments(
  target: UploadTarget,
  files: readonly Attachment[] | undefined,
): Promise<Attachment[]> {
  const out: Attachment[] = []
  for (const file of files ?? []) {
    if (httpUrl(file.url)) {
      out.push(file)
      continue
    }
    if (!file.url?.startsWith('blob:')) throw new UploadError(file.name, '', 'lost')
    const blob = await (target.fetch ?? fetch)(file.url).then(
      (r) => r.blob(),
      () => undefined,
    )
    if (blob === undefined) throw new UploadError(file.name, '', 'lost')
    out.push(await uploadFile(target, file, blob))
  }
  return out
}
