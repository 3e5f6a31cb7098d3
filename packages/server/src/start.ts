import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { type CreateServerOptions, createServer } from './app.ts'
import type { ServerConfig } from './config.ts'
import { createSqliteStore } from './db/sqlite-store.ts'

export interface RunningServer {
  app: FastifyInstance
  /** The address the server is bound to, e.g. http://localhost:3000. */
  listenUrl: string
  /** Where browsers reach it: CHAO_PUBLIC_URL, else `listenUrl`. */
  publicUrl: string
  /** Stops accepting connections, waits for open requests, then closes the database. */
  close(): Promise<void>
}

/** Opens the database, builds the app and listens. Throws errors that say what to change. */
export async function startServer(
  config: ServerConfig,
  options: CreateServerOptions = {},
): Promise<RunningServer> {
  const store = createSqliteStore({ path: config.database })
  let app: FastifyInstance
  try {
    app = await createServer(config, store, options)
  } catch (error) {
    await store.close()
    throw error
  }
  try {
    await app.listen({ port: config.port, host: config.host })
  } catch (error) {
    await app.close()
    await store.close()
    throw explainListenError(error, config)
  }
  const { port } = app.server.address() as AddressInfo
  const listenUrl = `http://${displayHost(config.host)}:${port}`
  return {
    app,
    listenUrl,
    publicUrl: config.publicUrl ?? listenUrl,
    async close() {
      await app.close()
      await store.close()
    },
  }
}

/** A host people can click: wildcard addresses become localhost, IPv6 gets brackets. */
export function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}

function explainListenError(error: unknown, config: ServerConfig): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const where = `${config.host}:${config.port}`
  if (code === 'EADDRINUSE') {
    return new Error(
      `Port ${config.port} is already in use (${where}). Stop the other process or set PORT to a free port.`,
      { cause: error },
    )
  }
  if (code === 'EACCES') {
    return new Error(
      `Not allowed to listen on ${where}. Ports below 1024 need extra privileges: set PORT=3000.`,
      { cause: error },
    )
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new Error(
      `Cannot listen on host "${config.host}": no such local address. Set HOST to localhost, 0.0.0.0 or an address of this machine.`,
      { cause: error },
    )
  }
  return error
}
