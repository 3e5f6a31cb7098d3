import { describe, expect, test } from 'vitest'
import { contentTerms } from './analyze.ts'
import { normalizeText } from './normalize.ts'
import { stem } from './stem.ts'

describe('normalizeText', () => {
  test.each([
    ['Phí giao hàng là bao nhiêu?', 'phi giao hang la bao nhieu'],
    ['PHÍ GIAO HÀNG', 'phi giao hang'],
    ['Đơn hàng của tôi đâu rồi???', 'don hang cua toi dau roi'],
    ['đc ko shop', 'duoc khong shop'],
    ['dc k', 'duoc khong'],
    ['hok biết', 'khong biet'],
    ['phí ship bn', 'phi giao hang bao nhieu'],
    ['sp này giá bnh', 'san pham nay gia bao nhieu'],
    ['mua j', 'mua gi'],
    ['đổi trả ntn', 'doi tra nhu the nao'],
    // "mk" is mình or mật khẩu: ambiguous, so left as typed.
    ['quên mk tk', 'quen mk tai khoan'],
    ['e dc r, cảm ơn ad', 'em duoc roi cam on admin'],
    ['bgio lm ntn vs sđt', 'bay gio lam nhu the nao voi so dien thoai'],
    ['mik hk bik, mn ơi', 'minh khong biet moi nguoi oi'],
    ['sđt / đt của shop', 'so dien thoai dien thoai cua shop'],
    ['giá 30.000đ, giảm 1,5%', 'gia 30000d giam 15'],
    ['Tiếng Việt: ươ ữ ỷ Ạ', 'tieng viet uo u y a'],
    ['  hello,   world!  ', 'hello world'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  test('decomposed (NFD) and precomposed (NFC) input normalise the same', () => {
    const nfc = 'Thời gian giao hàng mất bao lâu?'
    expect(normalizeText(nfc.normalize('NFD'))).toBe(normalizeText(nfc))
  })

  test('emoji separate words instead of joining them', () => {
    expect(normalizeText('ship😀cod')).toBe('giao hang cod')
  })
})

describe('contentTerms', () => {
  test('drops fillers but keeps function words, which tell intents apart', () => {
    expect(contentTerms('Cho mình hỏi phí ship là bao nhiêu vậy ạ?')).toEqual([
      'cho',
      'minh',
      'hoi',
      'phi',
      'giao',
      'hang',
      'la',
      'bao',
      'nhieu',
      'vay',
    ])
    expect(contentTerms('Hi, why is the shipping fee so high?')).toEqual([
      'why',
      'is',
      'giao',
      'hang',
      'fee',
      'so',
      'high',
    ])
  })

  test('stems English plurals, -ing and -ed', () => {
    expect(['methods', 'policies', 'boxes', 'tracking', 'shipped', 'charged'].map(stem)).toEqual([
      'method',
      'policy',
      'box',
      'track',
      'ship',
      'charg',
    ])
    expect(stem('charge')).toBe('charg')
    expect(stem('address')).toBe('address')
  })
})
