import { createConnector, memoryStorage } from '@chao/connector'
import { createMemoryBackend, memoryAdapter } from '@chao/connector/memory'
import { createChatEngine, type SurveyState } from '@chao/core'
import { expect, test } from 'vitest'
import { $liveView } from '../ui/live-view.ts'
import { startLive } from './start-live.ts'

// The live chat wires the survey: an agent ends the chat → the prompt asks; the rating goes
// through the connector's durable outbox to the backend, which acks it.

const until = async (condition: () => boolean, what = '') => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(condition(), what).toBe(true)
}

test('an agent ends the chat: the survey asks, and the rating is delivered and acked', async () => {
  const backend = createMemoryBackend({ agentToken: 'agent' })
  const storage = memoryStorage()
  const connector = createConnector({
    adapter: memoryAdapter({ backend }),
    site: 'demo',
    storage,
    network: null,
  })
  const engine = createChatEngine({ locale: 'en' })
  engine.sendMessage('I need a person')
  const live = startLive(engine, {
    server: 'https://chat.example',
    site: 'demo',
    storageKey: 'chao',
    storage: null,
    request: true,
    report: () => {},
    connector,
  })
  // The agent's side: a raw connection that answers and ends the chat.
  const agentFrames: { type: string; [key: string]: unknown }[] = []
  const agent = backend.connect('agent', (frame) => agentFrames.push(frame))
  agent.receive({ type: 'hello', v: '1.3.0', site: 'demo', token: 'agent' })
  engine.sendMessage('Where is my order?')
  await until(() => backend.conversationIds().length === 1, 'conversation')
  const conversationId = backend.conversationIds()[0] as string
  const { survey } = live
  // The window shows the composer until the survey asks, then the prompt in its place.
  expect($liveView.get()).toMatchObject({ engine, composer: true })
  const states: SurveyState['status'][] = []
  survey.$survey.listen((s) => states.push(s.status))
  agent.receive({ type: 'message:send', clientId: 'a1', conversationId, text: 'Hi, Lan here' })
  agent.receive({ type: 'conversation:end', conversationId })
  await until(() => states.includes('asking'), 'asking')
  expect($liveView.get()?.composer).toBe(false)
  const delivered: string[] = []
  connector.on('delivered', (entry) => delivered.push(entry.clientId))
  survey.submitRating({ score: 4, comment: 'Quick' })
  await until(() => delivered.length === 1, 'delivered')
  expect(connector.pendingFrames()).toEqual([])
  expect(engine.$messages.get().at(-1)?.text).toBe('Thanks for your feedback!')
  expect($liveView.get()?.composer).toBe(true)
  live.stop()
  expect($liveView.get()).toBeNull()
})
