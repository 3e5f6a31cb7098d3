import { describe, expect, it } from 'vitest'
import { contentTypeFor, isHashedAssetName } from './asset-headers.ts'

describe('isHashedAssetName', () => {
  it('recognises bundler hashes', () => {
    expect(isHashedAssetName('chunks/chat-BhX91kQa.js')).toBe(true)
    expect(isHashedAssetName('assets/index-D4x_a9-Q.css')).toBe(true)
    expect(isHashedAssetName('chunks/chat-BhX91kQa.js.map')).toBe(true)
    expect(isHashedAssetName('chunks/x-AbCdEfGh12.js')).toBe(true)
  })

  it('treats the stable entry files as not hashed', () => {
    for (const name of ['chao.js', 'chao-chat.js', 'chao.css', 'chao-embedded.js', 'index.html']) {
      expect(isHashedAssetName(name)).toBe(false)
    }
  })
})

describe('contentTypeFor', () => {
  it('names the types the widget and console need', () => {
    expect(contentTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('x.map')).toBe('application/json; charset=utf-8')
    expect(contentTypeFor('x.png')).toBeUndefined()
  })
})
