import { describe, expect, test } from 'vitest'
import { compileFaqMarkdown, slugify } from './markdown.ts'
import { parseFaqKb } from './parse.ts'

const source = `# FAQ (locale: vi)

## Phí giao hàng là bao nhiêu? {#shipping-fee}
- Phí ship bao nhiêu?
- How much is shipping?

Đồng giá **30.000đ**, miễn phí cho đơn từ 500.000đ.

- bullet lists in the answer stay in the answer

Tags: shipping, pricing
Follow-ups: giao-hang-mat-bao-lau
Links:
- [Chính sách giao hàng](https://shop.example/giao-hang)

## Giao hàng mất bao lâu?
- How long does delivery take?

Nội thành 1–2 ngày, tỉnh 2–4 ngày.
`

describe('compileFaqMarkdown', () => {
  test('compiles entries, phrasings, answers, tags, follow-ups and links', () => {
    const { kb, problems } = compileFaqMarkdown(source)
    expect(problems).toEqual([])
    expect(kb.locale).toBe('vi')
    expect(kb.entries).toEqual([
      {
        id: 'shipping-fee',
        questions: ['Phí giao hàng là bao nhiêu?', 'Phí ship bao nhiêu?', 'How much is shipping?'],
        answer:
          'Đồng giá **30.000đ**, miễn phí cho đơn từ 500.000đ.\n\n- bullet lists in the answer stay in the answer',
        tags: ['shipping', 'pricing'],
        followUps: ['giao-hang-mat-bao-lau'],
        links: [{ title: 'Chính sách giao hàng', url: 'https://shop.example/giao-hang' }],
      },
      {
        id: 'giao-hang-mat-bao-lau',
        questions: ['Giao hàng mất bao lâu?', 'How long does delivery take?'],
        answer: 'Nội thành 1–2 ngày, tỉnh 2–4 ngày.',
      },
    ])
    // The output is a valid JSON knowledge base.
    expect(() => parseFaqKb(JSON.parse(JSON.stringify(kb)))).not.toThrow()
  })

  test('reads "locale: en" on its own line', () => {
    expect(compileFaqMarkdown('locale: en\n## Hi?\nHello').kb.locale).toBe('en')
  })

  test('slugs fold diacritics and punctuation', () => {
    expect(slugify('Đổi trả như thế nào?')).toBe('doi-tra-nhu-the-nao')
  })

  test('reports a duplicate question with both lines', () => {
    const { problems } = compileFaqMarkdown(
      '## Giờ mở cửa?\n- Mấy giờ mở cửa\nTừ 8h.\n\n## Địa chỉ shop?\n- mấy giờ MỞ CỬA?\nQuận 1.',
    )
    expect(problems).toContainEqual({
      line: 6,
      severity: 'error',
      message: expect.stringMatching(/duplicate question.*line 6.*line 2/),
    })
  })

  test('reports missing answers, unknown follow-ups, duplicate ids and bad links', () => {
    const { problems } = compileFaqMarkdown(
      [
        '## Hoàn tiền? {#refund}', // 1
        'Follow-ups: nope', // 2
        '## Trả hàng? {#refund}', // 3
        'Trong 7 ngày.', // 4
        'Links:', // 5
        '- [x](javascript:alert(1))', // 6
      ].join('\n'),
    )
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [1, 'error'],
      [2, 'error'],
      [3, 'error'],
      [6, 'error'],
    ])
    expect(problems[0]?.message).toMatch(/no answer/)
    expect(problems[1]?.message).toMatch(/"nope" is not an entry id/)
    expect(problems[2]?.message).toMatch(/already used at line 1/)
  })

  test('warns about near-duplicate questions the matcher would confuse', () => {
    const { problems } = compileFaqMarkdown(
      [
        '## Phí giao hàng là bao nhiêu?', // 1
        'Đồng giá 30.000đ.', // 2
        '## Phí giao hàng bao nhiêu vậy?', // 3
        'Miễn phí từ 500.000đ.', // 4
        '## Đổi trả như thế nào?', // 5
        'Trong 7 ngày.', // 6
      ].join('\n'),
    )
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    const warned = problems.filter((p) => p.severity === 'warning').map((p) => p.line)
    expect(warned).toContain(1)
    expect(warned).toContain(3)
    expect(warned).not.toContain(5)
  })

  test('a heading inside a code fence is part of the answer', () => {
    const { kb } = compileFaqMarkdown('## Q?\n```\n## not a question\n```')
    expect(kb.entries).toHaveLength(1)
    expect(kb.entries[0]?.answer).toContain('## not a question')
  })
})
