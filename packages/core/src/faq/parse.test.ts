import { describe, expect, test } from 'vitest'
import { FaqKbError, parseFaqKb } from './parse.ts'

function issuesOf(input: unknown): string[] {
  try {
    parseFaqKb(input)
  } catch (error) {
    expect(error).toBeInstanceOf(FaqKbError)
    return (error as FaqKbError).issues
  }
  throw new Error('expected parseFaqKb to throw')
}

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  questions: [`Question ${id}?`],
  answer: `Answer ${id}`,
  ...extra,
})

describe('parseFaqKb', () => {
  test('accepts a valid knowledge base and returns a copy', () => {
    const input = {
      locale: 'vi',
      entries: [
        entry('a', { followUps: ['b'], links: [{ title: 'A', url: 'https://x.example/a' }] }),
        entry('b', { tags: ['t'] }),
      ],
      synonyms: [['giao hàng', 'shipping']],
    }
    const kb = parseFaqKb(input)
    expect(kb).toEqual(input)
    expect(kb.entries[0]).not.toBe(input.entries[0])
  })

  test('names the entry index, id and field', () => {
    const issues = issuesOf({
      entries: [
        entry('a'),
        entry('b'),
        entry('c'),
        { id: 'shipping', questions: ['Ship?'], answer: '' },
      ],
    })
    expect(issues).toEqual(['entries[3] (id "shipping"): "answer" must be a non-empty string'])
  })

  test('reports every problem at once, also for entries without an id', () => {
    const issues = issuesOf({
      entries: [
        { questions: [], answer: 'x' },
        { id: 'b', questions: ['ok', 42], answer: 'x', anwser: 'typo' },
        'nope',
      ],
    })
    expect(issues).toEqual([
      'entries[0]: "id" must be a non-empty string, got undefined',
      'entries[0]: "questions" must contain at least one question',
      'entries[1] (id "b"): "questions[1]" must be a non-empty string, got 42',
      'entries[1] (id "b"): unknown field "anwser" (allowed: id, questions, answer, tags, followUps, links)',
      'entries[2]: must be an object with "id", "questions" and "answer"',
    ])
  })

  test('rejects duplicate ids and follow-ups to unknown ids', () => {
    const issues = issuesOf({
      entries: [entry('a', { followUps: ['zzz'] }), entry('b'), entry('a')],
    })
    expect(issues).toEqual([
      'entries[2] (id "a"): "id" duplicates entries[0]; ids must be unique',
      'entries[0] (id "a"): "followUps[0]" refers to unknown entry id "zzz"',
    ])
  })

  test('rejects links that are not http(s)', () => {
    const issues = issuesOf({
      entries: [
        entry('a', {
          links: [
            { title: 'XSS', url: 'javascript:alert(1)' },
            { title: 'ok', url: 'http://x.example' },
            { url: 'not a url' },
          ],
        }),
      ],
    })
    expect(issues).toEqual([
      'entries[0] (id "a"): "links[0].url" must be an http(s) URL, got "javascript:alert(1)"',
      'entries[0] (id "a"): "links[2].title" must be a non-empty string',
      'entries[0] (id "a"): "links[2].url" must be an http(s) URL, got "not a url"',
    ])
  })

  test('rejects a non-object, missing entries and bad synonyms', () => {
    expect(issuesOf(null)).toHaveLength(1)
    expect(issuesOf({ entries: {} })).toEqual(['"entries" must be an array of FAQ entries'])
    expect(issuesOf({ entries: [], synonyms: [['only one']] })).toEqual([
      'synonyms[0]: a group needs at least two phrases',
    ])
  })

  test('the error message lists the issues', () => {
    expect(() => parseFaqKb({ entries: [{ id: 'x', questions: ['q'] }] })).toThrow(
      /entries\[0\] \(id "x"\): "answer" must be a non-empty string/,
    )
  })
})
