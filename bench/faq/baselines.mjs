// The two libraries a site owner would reach for first, used with their default settings,
// indexing every FAQ question as one document. They return a ranked list; we take the top.
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'

const docsOf = (kb) =>
  kb.entries.flatMap((e) => e.questions.map((text) => ({ text, entryId: e.id })))

export function minisearchTop1(kb) {
  const docs = docsOf(kb).map((d, id) => ({ id, ...d }))
  const ms = new MiniSearch({ fields: ['text'], storeFields: ['entryId'] })
  ms.addAll(docs)
  return (query) => ms.search(query)[0]?.entryId ?? null
}

export function fuseTop1(kb) {
  const fuse = new Fuse(docsOf(kb), { keys: ['text'] })
  return (query) => fuse.search(query)[0]?.item.entryId ?? null
}
