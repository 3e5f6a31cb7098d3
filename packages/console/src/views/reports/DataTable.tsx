import type { ReportQuery, ReportTable } from '@chao/protocol'
import type { ComponentChildren } from 'preact'
import { csvUrl } from '../../stores/report-filters.ts'

export interface Column<T> {
  label: string
  cell: (row: T) => ComponentChildren
  /** Right-aligned figures. */
  numeric?: boolean
}

interface DataTableProps<T> {
  caption: string
  columns: readonly Column<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  /** The server's CSV of this table, downloaded with the same filters. */
  csv?: { table: ReportTable; query: ReportQuery }
  empty?: string
  note?: string
}

/** A report table: the accessible form of a chart, or a report of its own, with its CSV. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, csv, note } = props
  return (
    <div class="report-table">
      <table>
        <caption>
          {caption}
          {csv !== undefined && (
            <a class="csv" href={csvUrl(csv.table, csv.query)} download>
              Download CSV<span class="visually-hidden"> of {caption}</span>
            </a>
          )}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" class={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} class="empty">
                {props.empty ?? 'No data for this period.'}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.label} scope="row">
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.label} class={c.numeric ? 'num' : undefined}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {note !== undefined && <p class="table-note">{note}</p>}
    </div>
  )
}
