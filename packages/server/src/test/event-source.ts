import { request } from 'node:http'

/**
 * The part of the browser's EventSource the http adapter uses (`onmessage`, `onerror`,
 * `close`), for tests in Node 20, which has no EventSource. It never reconnects by itself.
 */
export class NodeEventSource {
  onmessage: ((event: { data: string }) => void) | null = null
  onerror: (() => void) | null = null
  private closed = false
  private readonly abort = new AbortController()

  constructor(url: string) {
    const req = request(url, { signal: this.abort.signal }, (res) => {
      if (res.statusCode !== 200) return this.fail()
      res.setEncoding('utf8')
      let buffer = ''
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n')
          if (data !== '' && !this.closed) this.onmessage?.({ data })
          end = buffer.indexOf('\n\n')
        }
      })
      res.on('end', () => this.fail())
      res.on('error', () => this.fail())
    })
    req.on('error', () => this.fail())
    req.end()
  }

  close(): void {
    this.closed = true
    this.abort.abort()
  }

  private fail(): void {
    if (this.closed) return
    this.closed = true
    this.onerror?.()
  }
}
