import { createConnector, memoryStorage } from '@chao/connector'
import { createMemoryBackend, memoryAdapter } from '@chao/connector/memory'
import { createChatEngine, type SurveyState } from '@chao/core'
import { expect, test, vi } from 'vitest'
import { surveyFromSite } from './site-survey.ts'
import { type LiveOptions, startLive } from './start-live.ts'

// The survey an admin saved in the site configuration: asked unless the page set `survey`,
// with its question texts unless the page's `texts` set them.

const until = async (condition: () => boolean, what = '') => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(condition(), what).toBe(true)
}

/** A live chat an agent ends; resolves with the survey's state once it asks. */
async function endedChat(options: Partial<LiveOptions>) {
  const backend = createMemoryBackend({ agentToken: 'agent' })
  const connector = createConnector({
    adapter: memoryAdapter({ backend }),
    site: 'demo',
    storage: memoryStorage(),
    network: null,
  })
  // The page's texts reach the engine (create-engine.ts) and the live chat (go-live.ts).
  const engine = createChatEngine({
    locale: 'vi',
    ...(options.settings?.texts ? { texts: options.settings.texts } : {}),
  })
  engine.sendMessage('Cho tôi gặp nhân viên')
  const live = startLive(engine, {
    server: 'https://chat.example',
    site: 'demo',
    storageKey: 'chao',
    storage: null,
    request: true,
    report: () => {},
    connector,
    ...options,
  })
  const agent = backend.connect('agent', () => {})
  agent.receive({ type: 'hello', v: '1.3.0', site: 'demo', token: 'agent' })
  engine.sendMessage('Đơn hàng của tôi đâu?')
  await until(() => backend.conversationIds().length === 1, 'conversation')
  const conversationId = backend.conversationIds()[0] as string
  const { survey } = live
  agent.receive({ type: 'message:send', clientId: 'a1', conversationId, text: 'Chào bạn' })
  agent.receive({ type: 'conversation:end', conversationId })
  await until(() => survey.$survey.get().status === 'asking', 'asking')
  live.stop()
  return { survey, state: survey.$survey.get() as Extract<SurveyState, { status: 'asking' }> }
}

const SITE = { csat: false, nps: true, questions: { vi: { nps: 'Bạn có giới thiệu Shop Lan?' } } }

test("the site's survey is asked, with its question in the visitor's language", async () => {
  const { survey, state } = await endedChat({ config: { survey: SITE } })
  expect(state.steps).toEqual(['nps'])
  expect(survey.t('csat.npsQuestion')).toBe('Bạn có giới thiệu Shop Lan?')
})

test("the page's survey and texts win over the site's", async () => {
  const { survey, state } = await endedChat({
    config: { survey: SITE },
    settings: { survey: { csat: true }, texts: { vi: { 'csat.npsQuestion': 'Của trang?' } } },
  })
  expect(state.steps).toEqual(['csat'])
  expect(survey.t('csat.npsQuestion')).toBe('Của trang?')
})

test('a broken site survey is reported, and CSAT alone is asked', () => {
  const report = vi.fn()
  expect(surveyFromSite({ config: { survey: { nps: 'yes' } }, report })).toEqual({
    survey: undefined,
    texts: undefined,
  })
  expect(report).toHaveBeenCalledWith(
    '[Chao] the site config survey.nps must be true or false, got "yes". Asking CSAT only.',
  )
})
