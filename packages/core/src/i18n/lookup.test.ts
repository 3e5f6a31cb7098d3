import { expect, vi as spy, test } from 'vitest'
import { createChatEngineWith } from '../conversation/engine.ts'
import { en } from './en.ts'
import { vi, viChat, viExtra } from './vi.ts'

// The widget's chat stage creates its engine with the visitor's catalog only, loaded as a
// chunk; texts must come out right once it is there, and fall back while one loads.

test('an engine with no catalog yet says nothing, then speaks once it is added', () => {
  const engine = createChatEngineWith({ locale: 'vi' }, {})
  expect(engine.t('composer.send')).toBe('')
  const rerender = spy.fn()
  engine.$catalogs.listen(rerender)
  engine.addCatalog('vi', vi)
  expect(rerender).toHaveBeenCalledTimes(1)
  expect(engine.t('composer.send')).toBe(vi['composer.send'])
})

test('a locale whose catalog is still loading falls back to one at hand', () => {
  const engine = createChatEngineWith({ locale: 'en' }, { en })
  engine.setLocale('vi')
  expect(engine.t('composer.send')).toBe(en['composer.send'])
  engine.addCatalog('vi', vi)
  expect(engine.t('composer.send')).toBe(vi['composer.send'])
})

test('site texts win over the catalogs', () => {
  const texts = { vi: { 'composer.send': 'Gửi đi' } }
  const engine = createChatEngineWith({ locale: 'vi', texts }, { vi })
  expect(engine.t('composer.send')).toBe('Gửi đi')
})

test('a catalog added in parts speaks each part once it is in, the first part staying', () => {
  const engine = createChatEngineWith({ locale: 'vi' }, {})
  engine.addCatalog('vi', viChat)
  expect(engine.t('composer.send')).toBe(vi['composer.send'])
  expect(engine.t('live.end')).toBe('')
  engine.addCatalog('vi', viExtra)
  expect(engine.t('live.end')).toBe(vi['live.end'])
  expect(engine.t('composer.send')).toBe(vi['composer.send'])
})
