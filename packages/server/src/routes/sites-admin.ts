import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../db/store.ts'

/**
 * `GET /api/v1/admin/sites` (admin only, inside the admin API): every site of the server,
 * oldest first, `{ sites: [{ id, name, createdAt }] }`. Sites are added with
 * `chao site create`; their settings are read and saved per site under `/sites/:id/…`.
 * Agents get the ids and names only, from `GET /api/v1/agent/sites`.
 */
export const sitesAdminRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  app.get('/sites', async () => ({
    sites: (await store.listSites()).map(({ id, name, createdAt }) => ({ id, name, createdAt })),
  }))
}
