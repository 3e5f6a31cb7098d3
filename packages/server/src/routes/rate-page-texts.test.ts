import { describe, expect, it } from 'vitest'
import { RATE_TEXTS, rateLanguage } from './rate-page-texts.ts'

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the texts of the rating page', () => {
  it('has the same keys and placeholders in Vietnamese and English, none empty', () => {
    const { vi, en } = RATE_TEXTS
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(vi[key].trim(), key).not.toBe('')
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it("takes ?lang=, else the browser's best of vi and en, else English", () => {
    expect(rateLanguage('vi', 'en-US')).toBe('vi')
    expect(rateLanguage('fr', 'vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi')
    expect(rateLanguage(undefined, 'fr-FR, en;q=0.5, vi;q=0.7')).toBe('vi')
    expect(rateLanguage(undefined, 'de, EN-gb;q=0.2')).toBe('en')
    expect(rateLanguage(undefined, 'vi;q=0, en;q=0.1')).toBe('en')
    expect(rateLanguage(undefined, 'ja')).toBe('en')
    expect(rateLanguage(['vi'], undefined)).toBe('en')
  })
})
