import type { TableRows } from './index.ts'

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, and the tab and carriage
 * return some of them also trigger on) gets a leading `'`, so an exported visitor comment
 * like `=HYPERLINK(...)` stays text. Numbers are written as numbers and never prefixed.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  // RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** RFC 4180 text: a header line, then one line per row, CRLF line ends. */
export function toCsv(table: TableRows): string {
  const lines = [table.columns.map(csvCell).join(',')]
  for (const row of table.rows) lines.push(row.map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}
