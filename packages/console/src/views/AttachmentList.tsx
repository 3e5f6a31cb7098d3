import type { Attachment } from '@chao/protocol'

/** Types the server shows inline (its uploads route); other files are download chips. */
const IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 104857.6) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`

/**
 * Files of a message or ticket: images as thumbnails, anything else as a chip with its
 * name and size. Both open the file in a new tab (only http(s) URLs pass the protocol).
 */
export function AttachmentList({ files }: { files: readonly Attachment[] }) {
  if (files.length === 0) return null
  return (
    <ul class="attachments">
      {files.map((file) => (
        <li key={file.url}>
          <a class="attachment" href={file.url} target="_blank" rel="noreferrer noopener">
            {IMAGES.has(file.type) ? (
              <img class="thumb" src={file.url} alt={file.name} loading="lazy" />
            ) : (
              <>
                {file.name} ({size(file.size)})
              </>
            )}
          </a>
        </li>
      ))}
    </ul>
  )
}
