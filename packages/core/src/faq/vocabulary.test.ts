import { describe, expect, test } from 'vitest'
import { DenseVocabulary, WordVocabulary } from './vocabulary.ts'

describe('WordVocabulary', () => {
  test('bigrams interned by unigram ids are found by their "a b" key', () => {
    const vocab = new WordVocabulary()
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`)
    const ids = words.map((w) => vocab.unigram(w))
    const pairs = new Map<string, number>()
    // 3,600 pairs: the table rehashes several times on the way.
    for (let i = 0; i < words.length; i++) {
      for (let j = 0; j < words.length; j++) {
        pairs.set(`${words[i]} ${words[j]}`, vocab.bigram(ids[i] as number, ids[j] as number))
      }
    }
    expect(new Set(pairs.values()).size).toBe(pairs.size)
    for (const [key, id] of pairs) expect(vocab.get(key)).toBe(id)
    expect(vocab.bigram(ids[3] as number, ids[5] as number)).toBe(pairs.get('w3 w5'))
    expect(vocab.size).toBe(words.length + pairs.size)
  })

  test('unknown terms and bigrams with an unknown half are -1', () => {
    const vocab = new WordVocabulary()
    vocab.bigram(vocab.unigram('giao'), vocab.unigram('hang'))
    expect(vocab.get('giao hang')).toBeGreaterThanOrEqual(0)
    expect(vocab.get('hang giao')).toBe(-1)
    expect(vocab.get('giao nhanh')).toBe(-1)
    expect(vocab.get('nhanh')).toBe(-1)
  })

  test("a known key's boost is its id's boost", () => {
    const vocab = new WordVocabulary()
    const [toi, muon, giao] = ['toi', 'muon', 'giao'].map((w) => vocab.unigram(w)) as number[]
    vocab.bigram(toi as number, muon as number)
    vocab.bigram(muon as number, giao as number)
    const boosts = vocab.boosts()
    for (const key of ['toi', 'giao', 'toi muon', 'muon giao']) {
      expect(vocab.boost(key)).toBe(boosts[vocab.get(key)])
    }
    expect(vocab.boost('toi muon')).toBeLessThan(vocab.boost('muon giao'))
    expect(vocab.boost('muon giao')).toBeLessThan(vocab.boost('giao'))
  })
})

describe('DenseVocabulary', () => {
  test('interns small integers densely; anything else is unknown', () => {
    const vocab = new DenseVocabulary(16)
    expect([vocab.intern(7), vocab.intern(3), vocab.intern(7)]).toEqual([0, 1, 0])
    expect([vocab.get(3), vocab.get(4), vocab.get(-1), vocab.get(99)]).toEqual([1, -1, -1, -1])
    expect(Array.from(vocab.boosts())).toEqual([1, 1])
  })
})
