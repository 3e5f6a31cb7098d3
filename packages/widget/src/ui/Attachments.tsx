import { type Attachment, formatSize } from '@chao/core'

/** Files of a message: images with a usable URL as thumbnails, the rest as file chips. */
export function Attachments({ files }: { files: Attachment[] }) {
  return (
    <ul class="chao-files">
      {files.map((file, i) => {
        const url = file.url && /^(blob:|https:)/.test(file.url) ? file.url : null
        return (
          <li key={i}>
            {url && file.type.startsWith('image/') ? (
              <img class="chao-thumb" src={url} alt={file.name} />
            ) : (
              <span class="chao-file">
                {file.name} · {formatSize(file.size)}
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
