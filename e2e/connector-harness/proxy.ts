import { connect, createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy between the page and the server that can lose the server's answers while
 * still passing the client's frames on: the server stores messages whose acks never come
 * back, which is exactly when a retry could make a duplicate.
 */
export class LossyProxy {
  readonly url: string
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private losing = false

  private constructor(
    server: Server,
    readonly port: number,
  ) {
    this.server = server
    this.url = `http://127.0.0.1:${port}`
  }

  static async start(port: number, upstreamPort: number): Promise<LossyProxy> {
    const server = createServer()
    const proxy = new LossyProxy(server, port)
    server.on('connection', (client) => {
      const upstream = connect(upstreamPort, '127.0.0.1')
      proxy.sockets.add(client).add(upstream)
      client.on('data', (data) => upstream.write(data))
      upstream.on('data', (data) => {
        if (!proxy.losing) client.write(data)
      })
      const close = () => {
        client.destroy()
        upstream.destroy()
        proxy.sockets.delete(client)
        proxy.sockets.delete(upstream)
      }
      client.on('close', close).on('error', close)
      upstream.on('close', close).on('error', close)
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    return proxy
  }

  /** While on, everything the server sends is dropped. */
  loseAnswers(on: boolean): void {
    this.losing = on
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise((resolve) => this.server.close(resolve))
  }
}
