import type { Connector } from '@chao/connector'
import { atom, type ReadableAtom } from 'nanostores'
import type { LiveState } from './apply-frame.ts'

// What the visitor can do with a live chat besides writing: end it, and afterwards get its
// transcript as a download or by email (`/api/v1/chat/transcript/:id`, docs/server.md).

export interface LiveChatState {
  /** The conversation with the team, once the server gave one. */
  id?: string
  ended: boolean
}

export type TranscriptState =
  | { status: 'idle' | 'busy' | 'emailed' }
  | { status: 'failed'; reason: string }

export interface LiveControls {
  readonly $chat: ReadableAtom<LiveChatState>
  readonly $transcript: ReadableAtom<TranscriptState>
  /** Mirrors the live state after each frame (start-live calls it). */
  sync(state: LiveState): void
  end(): void
  download(): Promise<void>
  email(): Promise<void>
}

export interface TranscriptTarget {
  server: string
  token(): Promise<string>
  fetch?: typeof fetch
  /** The visitor's language, for the rating link in the mail (`?lang=`). */
  locale?(): string
  /** Saves the text as a file; default a download link clicked in the page. */
  save?(name: string, text: string): void
}

export function createLiveControls(connector: Connector, target: TranscriptTarget): LiveControls {
  const $chat = atom<LiveChatState>({ ended: false })
  const $transcript = atom<TranscriptState>({ status: 'idle' })

  async function call(method: 'GET' | 'POST', suffix: string): Promise<Response> {
    const id = $chat.get().id
    if (!id) throw new Error('there is no conversation yet.')
    const url = `${target.server}/api/v1/chat/transcript/${encodeURIComponent(id)}${suffix}`
    const response = await (target.fetch ?? fetch)(url, {
      method,
      headers: { authorization: `Bearer ${await target.token()}` },
    })
    if (response.ok) return response
    const answer = (await response.json().catch(() => ({}))) as { message?: unknown }
    throw new Error(typeof answer.message === 'string' ? answer.message : `HTTP ${response.status}`)
  }
  async function run(work: () => Promise<TranscriptState>): Promise<void> {
    if ($transcript.get().status === 'busy') return
    $transcript.set({ status: 'busy' })
    try {
      $transcript.set(await work())
    } catch (error) {
      $transcript.set({ status: 'failed', reason: (error as Error).message })
    }
  }

  return {
    $chat,
    $transcript,
    sync(state) {
      const now = $chat.get()
      const ended = state.ended === true
      if (now.id === state.conversationId && now.ended === ended) return
      $chat.set({ ...(state.conversationId ? { id: state.conversationId } : {}), ended })
    },
    end() {
      const { id, ended } = $chat.get()
      if (id && !ended) connector.sendFrame({ type: 'conversation:end', conversationId: id })
    },
    download: () =>
      run(async () => {
        const text = await (await call('GET', '')).text()
        ;(target.save ?? saveFile)(`chat-${$chat.get().id}.txt`, text)
        return { status: 'idle' }
      }),
    email: () =>
      run(async () => {
        const lang = target.locale?.()
        await call('POST', lang ? `/email?lang=${encodeURIComponent(lang)}` : '/email')
        return { status: 'emailed' }
      }),
  }
}

/** Offers `text` as a file download from the page. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
