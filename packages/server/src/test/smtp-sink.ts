import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterEach } from 'vitest'

const sinks: SMTPServer[] = []
afterEach(async () => {
  for (const sink of sinks.splice(0))
    await new Promise<void>((resolve) => sink.close(() => resolve()))
})

/** A local SMTP sink on 127.0.0.1 (never the network), closed after the test. */
export async function smtpSink() {
  const mails: string[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString()
      })
      stream.on('end', () => {
        mails.push(raw)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  sinks.push(server)
  return { mails, url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}` }
}
