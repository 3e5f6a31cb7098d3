import type { Connector } from '@chao/connector'
import type { ChatEngine } from '@chao/core'
import type { ClientFrameOf } from '@chao/protocol'
import { $offline, type OfflineTicket, type TicketFields } from '../ui/offline-form.ts'
import { type UploadTarget, uploadFile } from './upload.ts'

const ticketId = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`

/**
 * The offline form's side of the live chat: `ticket:create` sent now, and again after each
 * reconnection until `ticket:created` (the server stores it once per clientId), or until the
 * server refuses it (`error` about that clientId). Its files are uploaded first. Returns a stop.
 */
export function offlineTickets(
  engine: ChatEngine,
  connector: Connector,
  uploads: UploadTarget,
  extra: () => Pick<ClientFrameOf<'ticket:create'>, 'department' | 'pageUrl'>,
): () => void {
  const waiting = new Map<
    string,
    { frame: ClientFrameOf<'ticket:create'>; resolve(id: string): void; reject(e: Error): void }
  >()
  const ticket: OfflineTicket = {
    engine,
    async create(fields: TicketFields, files: readonly File[] = []) {
      const attachments = []
      for (const file of files) attachments.push(await uploadFile(uploads, file, file))
      const frame: ClientFrameOf<'ticket:create'> = {
        type: 'ticket:create',
        clientId: ticketId(),
        ...fields,
        ...extra(),
        ...(attachments.length ? { attachments } : {}),
      }
      return new Promise<string>((resolve, reject) => {
        waiting.set(frame.clientId, { frame, resolve, reject })
        connector.sendFrame(frame)
      })
    },
  }
  const stops = [
    connector.on('welcome', () => {
      for (const { frame } of waiting.values()) connector.sendFrame(frame)
    }),
    connector.on('frame', (frame) => {
      if (frame.type === 'handoff:unavailable') $offline.set(ticket)
      if (frame.type === 'ticket:created') {
        waiting.get(frame.clientId)?.resolve(frame.ticketId)
        waiting.delete(frame.clientId)
      } else if (frame.type === 'error' && frame.ref !== undefined) {
        // Refused: one ticket (`ref` is its clientId), or, when the server could not read
        // the frame (`ref` is its type), every ticket still waiting.
        const ids = frame.ref === 'ticket:create' ? [...waiting.keys()] : [frame.ref]
        for (const id of ids) {
          waiting.get(id)?.reject(new Error(frame.message))
          waiting.delete(id)
        }
      }
    }),
  ]
  return () => {
    for (const stop of stops) stop()
    for (const entry of waiting.values()) entry.reject(new Error('The live chat stopped.'))
    waiting.clear()
    if ($offline.get() === ticket) $offline.set(null)
  }
}
