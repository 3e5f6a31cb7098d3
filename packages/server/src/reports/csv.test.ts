import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv.ts'

describe('CSV', () => {
  it('quotes fields per RFC 4180 and ends lines with CRLF', () => {
    const csv = toCsv({
      columns: ['id', 'comment', 'rating'],
      rows: [
        ['c6', 'Cảm ơn, rất nhanh, "tuyệt"', 5],
        ['c4', 'two\nlines', null],
      ],
    })
    expect(csv).toBe(
      'id,comment,rating\r\nc6,"Cảm ơn, rất nhanh, ""tuyệt""",5\r\nc4,"two\nlines",\r\n',
    )
  })

  it('keeps cells that a spreadsheet would run as formulas as text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    )
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell('a=b')).toBe('a=b')
  })
})
