// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { playChime } from './sound.ts'

/** A fake Web Audio: records what was started, and starts `running` or `suspended`. */
function fakeAudio(state: 'running' | 'suspended') {
  const started: number[] = []
  const contexts: { closed: boolean }[] = []
  class FakeContext {
    state = state
    currentTime = 0
    destination = {}
    closed = false
    constructor() {
      contexts.push(this)
    }
    close() {
      this.closed = true
      return Promise.resolve()
    }
    createGain() {
      const param = { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() }
      return { gain: param, connect: (next: unknown) => next }
    }
    createOscillator() {
      const node = {
        type: '',
        frequency: { value: 0 },
        connect: (next: unknown) => next,
        start: () => started.push(node.frequency.value),
        stop: vi.fn(),
      }
      return node
    }
  }
  return { FakeContext, started, contexts }
}

function fakeWindow(audio: ReturnType<typeof fakeAudio>, activation?: { hasBeenActive: boolean }) {
  return {
    AudioContext: audio.FakeContext,
    navigator: activation ? { userActivation: activation } : {},
    setTimeout: (run: () => void) => setTimeout(run, 0),
  } as unknown as Window
}

afterEach(() => vi.useRealTimers())

describe('playChime', () => {
  it('plays two notes after a user gesture, then closes its context', async () => {
    vi.useFakeTimers()
    const audio = fakeAudio('running')
    expect(playChime(fakeWindow(audio, { hasBeenActive: true }))).toBe(true)
    expect(audio.started).toEqual([880, 1320])
    expect(audio.contexts[0]?.closed).toBe(false)
    await vi.runAllTimersAsync()
    expect(audio.contexts[0]?.closed).toBe(true)
  })

  it('stays silent before any user gesture, without even creating a context', () => {
    const audio = fakeAudio('running')
    expect(playChime(fakeWindow(audio, { hasBeenActive: false }))).toBe(false)
    expect(audio.contexts).toHaveLength(0)
    expect(audio.started).toEqual([])
  })

  it('without userActivation, a context the browser keeps suspended means no gesture yet', () => {
    const audio = fakeAudio('suspended')
    expect(playChime(fakeWindow(audio))).toBe(false)
    expect(audio.started).toEqual([])
    expect(audio.contexts[0]?.closed).toBe(true)
  })

  it('does nothing where Web Audio is missing', () => {
    const win = { navigator: { userActivation: { hasBeenActive: true } } } as unknown as Window
    expect(playChime(win)).toBe(false)
  })
})
