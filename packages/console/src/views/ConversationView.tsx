import { useEffect, useState } from 'preact/hooks'
import { $canned, loadCanned } from '../stores/canned.ts'
import { $detail, $messages, $visitorTyping } from '../stores/conversation.ts'
import { $lastError, sendFrame } from '../stores/live.ts'
import { $agent } from '../stores/session.ts'
import { $siteNames, siteLabel } from '../stores/sites.ts'
import { useStore } from '../use-store.ts'
import { AttachmentList } from './AttachmentList.tsx'
import { Composer } from './Composer.tsx'
import { Transfer } from './Transfer.tsx'
import { VisitorProfile } from './VisitorProfile.tsx'

/** One conversation: the bot part, the live chat, notes, actions, and the visitor. */
export function ConversationView() {
  const detail = useStore($detail)
  const all = useStore($messages)
  const typing = useStore($visitorTyping)
  const me = useStore($agent)
  const error = useStore($lastError)
  const [transferring, setTransferring] = useState(false)
  const canned = useStore($canned)
  const siteNames = useStore($siteNames)
  useEffect(() => {
    void loadCanned()
  }, [])
  if (detail === undefined) {
    return <section class="conversation empty">Choose a conversation.</section>
  }
  const id = detail.id
  const messages = Object.entries(all[id] ?? {})
    .map(([seq, message]) => ({ seq: Number(seq), message }))
    .sort((a, b) => a.seq - b.seq)
  const open = detail.state === 'queued' || detail.state === 'assigned'
  const mine = detail.agentId === me?.id
  const site = siteLabel(siteNames, detail.siteId)
  return (
    <section class="conversation" aria-label="Conversation">
      <header>
        <h2>{detail.visitor.name ?? 'Anonymous visitor'}</h2>
        <span class="state">
          {site !== undefined && <span class="site">{site} · </span>}
          {detail.state}
          {detail.agentName !== null && ` · ${detail.agentName}`}
        </span>
        {open && !mine && (
          <button
            type="button"
            onClick={() => sendFrame({ type: 'conversation:claim', conversationId: id })}
          >
            Claim
          </button>
        )}
        {open && (
          <button type="button" onClick={() => setTransferring(true)}>
            Transfer
          </button>
        )}
        {open && (
          <button
            type="button"
            onClick={() => sendFrame({ type: 'conversation:end', conversationId: id })}
          >
            End chat
          </button>
        )}
      </header>
      {error !== undefined && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {transferring && <Transfer conversationId={id} onDone={() => setTransferring(false)} />}
      <div class="body">
        <div class="thread">
          {detail.transcript.length > 0 && (
            <ol class="transcript" aria-label="Bot transcript">
              {detail.transcript.map((line) => (
                <li key={`${line.createdAt}-${line.author}`} data-author={line.author}>
                  <span class="who">{line.author === 'bot' ? 'Bot' : 'Visitor'}</span> {line.text}
                </li>
              ))}
            </ol>
          )}
          {detail.reason !== null && <p class="reason">Reason: {detail.reason}</p>}
          <div role="log" aria-label="Messages">
            <ol class="messages">
              {messages.map(({ seq, message }) => (
                <li key={seq} data-author={message.author}>
                  <span class="who">
                    {message.author === 'agent'
                      ? (message.agentName ?? 'Agent')
                      : message.author === 'visitor'
                        ? 'Visitor'
                        : ''}
                  </span>{' '}
                  {message.text}
                  <AttachmentList files={message.attachments ?? []} />
                </li>
              ))}
            </ol>
          </div>
          {typing[id] === true && (
            <p class="typing" aria-live="polite">
              Visitor is typing…
            </p>
          )}
          {detail.notes.length > 0 && (
            <ul class="notes" aria-label="Internal notes">
              {detail.notes.map((n) => (
                <li key={n.id}>
                  <strong>{n.agentName ?? 'Agent'}:</strong> {n.text}
                </li>
              ))}
            </ul>
          )}
          {open && <Composer conversationId={id} siteId={detail.siteId} canned={canned} />}
        </div>
        <VisitorProfile detail={detail} />
      </div>
    </section>
  )
}
