import { REPORT_TABLES, type ReportTable } from '@chao/protocol'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { guards } from '../auth/guard.ts'
import type { Store } from '../db/store.ts'
import { sendError } from '../http/errors.ts'
import { toCsv } from '../reports/csv.ts'
import { ReportQueryError, type ResolvedQuery, resolveReportQuery } from '../reports/index.ts'

export interface ReportRoutesOptions {
  store: Store
}

/**
 * The reports API under `/api/v1/reports` (docs/metrics.md): `GET /summary` and
 * `GET /<table>.csv`, with the same query string. Any signed-in agent sees the whole
 * team's numbers, admins and agents alike: a team reads its reports together.
 */
export const reportRoutes: FastifyPluginAsync<ReportRoutesOptions> = async (app, { store }) => {
  const { requireAgent } = guards(store)
  app.addHook('preHandler', requireAgent)
  app.addHook('onSend', async (_request, reply) => {
    // Reports name agents and quote visitors: never kept by a shared cache.
    reply.header('cache-control', 'no-store')
  })

  function resolve(raw: unknown, reply: FastifyReply): ResolvedQuery | undefined {
    try {
      return resolveReportQuery((raw ?? {}) as Record<string, unknown>)
    } catch (error) {
      if (!(error instanceof ReportQueryError)) throw error
      sendError(reply, 400, 'bad_query', error.message)
      return undefined
    }
  }

  app.get('/summary', async (request, reply) => {
    const q = resolve(request.query, reply)
    return q === undefined ? reply : store.reportSummary(q)
  })

  app.get<{ Params: { file: string } }>('/:file', async (request, reply) => {
    const { file } = request.params
    const table = file.endsWith('.csv') ? file.slice(0, -4) : ''
    if (!(REPORT_TABLES as readonly string[]).includes(table)) {
      return sendError(
        reply,
        404,
        'unknown_report',
        `No report "${file}". Try summary, or one of ${REPORT_TABLES.map((t) => `${t}.csv`).join(', ')}.`,
      )
    }
    const q = resolve(request.query, reply)
    if (q === undefined) return reply
    const rows = await store.reportTable(q, table as ReportTable)
    const name = `chao-${table}-${q.current.from}-${q.current.to}.csv`
    return reply
      .type('text/csv; charset=utf-8; header=present')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(toCsv(rows))
  })
}
