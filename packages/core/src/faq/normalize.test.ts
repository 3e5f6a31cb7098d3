import { describe, expect, test } from 'vitest'
import { contentTerms } from './analyze.ts'
import { FOLD_SKIP, foldCode } from './fold-table.ts'
import { expandAbbreviation, normalizeText, tokenize } from './normalize.ts'
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

/** The tokenizer without its ASCII fast path: one `foldCode` concatenation per unit. */
function referenceTokenize(text: string): string[] {
  const tokens: string[] = []
  let current = ''
  const isDigit = (code: number) => code >= 48 && code <= 57
  const flush = () => {
    if (current !== '') tokens.push(...(expandAbbreviation(current) ?? [current]))
    current = ''
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const folded = foldCode(code)
    if (folded === FOLD_SKIP) continue
    if (folded !== '') current += folded
    else if (
      (code === 46 || code === 44) &&
      isDigit(current.charCodeAt(current.length - 1)) &&
      isDigit(text.charCodeAt(i + 1))
    ) {
      // joined number
    } else flush()
  }
  flush()
  return tokens
}

describe('tokenize', () => {
  test.each([
    'GiAo HÀnG TậN nơi',
    'Thời gian giao hàng mất bao lâu?'.normalize('NFD'),
    'ABC1.5 x1,2,3 1.a a.1 1. .5 Ê1.5 1.Ê5 ĐC DC Pls',
    'model42.0 v2.1.3, iPhone15 PRO-MAX_x',
    '\u0301a\u0301 ă\u0301ng 😀x😀 \t\n',
    '',
  ])('%j tokenizes as folding unit by unit does', (text) => {
    expect(tokenize(text)).toEqual(referenceTokenize(text))
  })

  test('every ASCII unit folds as in the fold table', () => {
    for (let code = 0; code < 128; code++) {
      const text = `a${String.fromCharCode(code)}B 1${String.fromCharCode(code)}2`
      expect(tokenize(text)).toEqual(referenceTokenize(text))
    }
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
