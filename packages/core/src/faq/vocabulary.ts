/** Maps keys to dense term ids while an index is built, and looks them up afterwards. */
export interface Vocabulary<K> {
  readonly size: number
  /** The key's id, assigning the next one if new. */
  intern(key: K): number
  /** The key's id, or -1. */
  get(key: K): number
}

export function stringVocabulary(): Vocabulary<string> {
  const ids = new Map<string, number>()
  return {
    get size() {
      return ids.size
    },
    intern(key) {
      let id = ids.get(key)
      if (id === undefined) {
        id = ids.size
        ids.set(key, id)
      }
      return id
    },
    get: (key) => ids.get(key) ?? -1,
  }
}

/** For small integer keys (packed char grams): a typed array instead of a hash map. */
export function denseVocabulary(keySpace: number): Vocabulary<number> {
  const ids = new Int32Array(keySpace).fill(-1)
  let size = 0
  return {
    get size() {
      return size
    },
    intern(key) {
      let id = ids[key] as number
      if (id < 0) {
        id = size++
        ids[key] = id
      }
      return id
    },
    get: (key) => (key >= 0 && key < keySpace ? (ids[key] as number) : -1),
  }
}
