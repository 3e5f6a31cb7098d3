import { describe, expect, test } from 'vitest'
import { asksForHuman } from './human-intent.ts'

describe('asksForHuman', () => {
  test.each([
    'gặp nhân viên',
    'Gặp nhân viên',
    'gap nhan vien',
    'cho tôi nói chuyện với người thật',
    'cho toi noi chuyen voi nguoi that',
    'tư vấn viên',
    'tu van vien oi',
    'mình muốn gặp nv',
    'cho mình chat với nhân viên tư vấn',
    'talk to an agent',
    'Can I speak to a human?',
    'I want a real person',
    'speak with a representative please',
    'Talk to a person',
  ])('%j asks for a person', (text) => {
    expect(asksForHuman(text)).toBe(true)
  })

  test.each([
    'phi giao hang la bao nhieu',
    'Nhân viên giao hàng có gọi trước không?',
    'thoi tiet o Paris the nao',
    'How much is shipping?',
    'Làm sao để theo dõi đơn hàng?',
  ])('%j is a question, not a request for a person', (text) => {
    expect(asksForHuman(text)).toBe(false)
  })

  test('site keywords hand over as whole words, with or without diacritics', () => {
    const keywords = ['khiếu nại', 'refund']
    expect(asksForHuman('toi muon khieu nai', keywords)).toBe(true)
    expect(asksForHuman('Tôi muốn KHIẾU NẠI đơn hàng', keywords)).toBe(true)
    expect(asksForHuman('I need a refund now', keywords)).toBe(true)
    expect(asksForHuman('refunded already?', keywords)).toBe(false)
    expect(asksForHuman('khieu', keywords)).toBe(false)
    expect(asksForHuman('anything', ['', '  '])).toBe(false)
  })
})
