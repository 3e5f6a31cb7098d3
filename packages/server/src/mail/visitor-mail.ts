import type { WireMessage } from '@chao/protocol'
import type { FastifyBaseLogger } from 'fastify'
import type { Store } from '../db/store.ts'
import type { Mailer } from './mailer.ts'

export interface VisitorMailOptions {
  store: Store
  mailer: Mailer
  log: FastifyBaseLogger
  /** Where the visitor comes back to when the conversation has no page URL. */
  publicUrl: string | undefined
  /** Replies written within this window go out in one mail, ms. */
  batchMs: number
  /** Whether the visitor has a live connection (then they saw the replies: no mail). */
  present(visitorId: string): Promise<boolean>
}

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16)

/** A conversation as plain text: one line per message, with UTC times. */
export function formatTranscript(
  lines: { author: string; text: string; createdAt: number; agentName?: string }[],
): string {
  return lines
    .map((line) => {
      const who =
        line.author === 'agent'
          ? (line.agentName ?? 'Agent')
          : line.author === 'visitor'
            ? 'You'
            : line.author === 'bot'
              ? 'Bot'
              : '—'
      return `[${time(line.createdAt)} UTC] ${who}: ${line.text}`
    })
    .join('\n')
}

/**
 * Mails for visitors: agent replies that arrive after the visitor left (batched, so no
 * answer is lost on them), and transcripts on request. Pending replies are rows in the
 * database; any node sends them when due.
 */
export function createVisitorMail(options: VisitorMailOptions) {
  const { store, mailer, log } = options

  return {
    /** An agent replied: mailed when the batch is due, if the visitor is gone by then. */
    async agentReplied(conversationId: string, seq: number, now = Date.now()) {
      if (mailer.enabled) await store.queueReplyMail(conversationId, seq, now + options.batchMs)
    },

    /** Sends the reply mails that are due, to visitors who are not connected. */
    async flush(now = Date.now()): Promise<void> {
      if (!mailer.enabled) return
      for (const due of await store.takeDueMails(now)) {
        if (await options.present(due.visitor.id)) continue
        const from = due.messages.at(-1)?.agentName ?? 'Our team'
        const link = due.pageUrl ?? options.publicUrl
        await mailer
          .send({
            to: due.visitor.email,
            subject: `${from} replied to your chat`,
            text:
              `Hello ${due.visitor.name ?? 'there'},\n\nYou left before we could answer. ` +
              `Here is what we wrote:\n\n${formatTranscript(due.messages)}\n\n` +
              (link === undefined ? '' : `Continue the conversation: ${link}\n`),
          })
          .catch((error: unknown) =>
            log.error({ err: error, conversation: due.conversationId }, 'reply mail failed'),
          )
      }
    },

    /** The whole conversation as text: the bot part, then the chat. */
    async transcript(conversationId: string): Promise<string | undefined> {
      const detail = await store.conversationDetail(conversationId)
      if (detail === undefined) return undefined
      const chat: (WireMessage | (typeof detail.transcript)[number])[] = [
        ...detail.transcript,
        ...detail.messages.map((m) => m.message),
      ]
      return `${formatTranscript(chat as Parameters<typeof formatTranscript>[0])}\n`
    },
  }
}

export type VisitorMail = ReturnType<typeof createVisitorMail>
