import type { Catalog } from './en.ts'
import { viChat } from './vi-chat.ts'
import { viExtra } from './vi-extra.ts'

// Vietnamese strings, in the two parts described in en.ts.

export { viChat, viExtra }

export const vi: Catalog = { ...viChat, ...viExtra }
