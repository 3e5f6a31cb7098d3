/** File metadata carried by messages and offline tickets; the file lives on a storage service. */
import { integer, matching, object, string } from './schema.ts'

export const ATTACHMENT_LIMITS = {
  maxAttachments: 5,
  /** Bytes. */
  maxAttachmentSize: 25 * 1024 * 1024,
} as const

// Only http(s): a javascript: URL here would run in the agent console.
export const httpUrl = matching(
  /^https?:\/\/[^\s]{1,2040}$/i,
  'an http(s) URL of at most 2048 characters',
)

export const attachment = object({
  name: string(255, 1),
  /** MIME type, e.g. image/png. */
  type: string(127, 1),
  size: integer(0, ATTACHMENT_LIMITS.maxAttachmentSize),
  url: httpUrl,
})
