import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { repoRoot } from '../support.ts'

// smtp-server is a dev dependency of @chao/server; resolve it from there.
const require = createRequire(join(repoRoot, 'packages/server/package.json'))
const { SMTPServer } = require('smtp-server') as typeof import('smtp-server')

/** A local SMTP sink on 127.0.0.1 (never the network) that keeps every raw mail. */
export class SmtpSink {
  readonly mails: string[] = []
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData: (stream, _session, callback) => {
      let raw = ''
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString()
      })
      stream.on('end', () => {
        this.mails.push(raw)
        callback()
      })
    },
  })

  async listen(port: number): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve))
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}
