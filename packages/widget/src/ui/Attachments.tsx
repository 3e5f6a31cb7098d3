import { type Attachment, formatSize } from '@chao/core'
import { safeHttpUrl } from '../chat/safe-url.ts'

/**
 * Files of a message: images with a usable URL as thumbnails, the rest as file chips, which
 * link to the file once it is on the server (the server serves it as a download).
 */
export function Attachments({ files }: { files: Attachment[] }) {
  return (
    <ul class="chao-files">
      {files.map((file, i) => {
        // This page's own blob: files, or an absolute http(s) URL: never `javascript:`.
        const url = !file.url
          ? null
          : file.url.startsWith('blob:')
            ? file.url
            : safeHttpUrl(file.url)
        const chip = (
          <span class="chao-file">
            {file.name} · {formatSize(file.size)}
          </span>
        )
        return (
          <li key={i}>
            {url && file.type.startsWith('image/') ? (
              <img class="chao-thumb" src={url} alt={file.name} />
            ) : url && !url.startsWith('blob:') ? (
              <a href={url} target="_blank" rel="noopener noreferrer" download={file.name}>
                {chip}
              </a>
            ) : (
              chip
            )}
          </li>
        )
      })}
    </ul>
  )
}
