import { createChatEngine } from '@chao/core'
import { describe, expect, test } from 'vitest'
import { applyFrame, applyMessage, type LiveState } from './apply-frame.ts'

function setup(locale: 'vi' | 'en' = 'en') {
  const engine = createChatEngine({
    locale,
    createId: (() => {
      let n = 0
      return () => `m${++n}`
    })(),
  })
  const state: LiveState = {}
  const texts = () => engine.$messages.get().map((m) => `${m.author}: ${m.text}`)
  return { engine, state, texts }
}

describe('server frames into the engine', () => {
  test('an agent message shows with the agent name; system messages come from states', () => {
    const { engine, state, texts } = setup()
    applyFrame(engine, state, {
      type: 'conversation:state',
      conversationId: 'c1',
      state: 'assigned',
      agentName: 'Lan',
    })
    applyFrame(engine, state, {
      type: 'conversation:state',
      conversationId: 'c1',
      state: 'assigned',
      agentName: 'Lan',
    })
    applyMessage(engine, state, {
      type: 'message:new',
      conversationId: 'c1',
      seq: 2,
      message: { id: 's', author: 'system', text: 'Lan joined the chat.', createdAt: 1 },
    })
    applyMessage(engine, state, {
      type: 'message:new',
      conversationId: 'c1',
      seq: 3,
      message: { id: 'a', author: 'agent', text: 'Hi!', createdAt: 2 },
    })
    expect(texts()).toEqual(['system: Lan joined the chat', 'agent: Hi!'])
    expect(engine.$messages.get()[1]?.sender).toEqual({ name: 'Lan' })
    applyFrame(engine, state, {
      type: 'typing',
      conversationId: 'c1',
      author: 'agent',
      typing: true,
    })
    expect(engine.$typing.get()).toEqual({ author: 'agent', name: 'Lan' })
    applyFrame(engine, state, { type: 'conversation:state', conversationId: 'c1', state: 'ended' })
    expect(texts().at(-1)).toBe('system: The chat has ended.')
    expect(engine.$typing.get()).toBeNull()
  })

  test('the queue position is one line, updated in place, in the visitor language', () => {
    const { engine, state, texts } = setup('vi')
    applyFrame(engine, state, {
      type: 'queue:position',
      conversationId: 'c1',
      position: 2,
      etaSeconds: 150,
    })
    applyFrame(engine, state, { type: 'queue:position', conversationId: 'c1', position: 0 })
    expect(texts()).toEqual(['system: Bạn đang ở vị trí số 1 trong hàng chờ.'])
  })

  test('handoff:unavailable tells the visitor nobody is online', () => {
    const { engine, state, texts } = setup()
    applyFrame(engine, state, { type: 'handoff:unavailable', reason: 'no_agent_online' })
    expect(texts()[0]).toMatch(/nobody from our team is online/)
    expect(engine.$teamOnline.get()).toBe(false)
  })
})
