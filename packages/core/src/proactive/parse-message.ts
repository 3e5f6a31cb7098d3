import { MAX_TEXT_LENGTH } from '@chao/protocol'
import {
  checkBoolean,
  checkKeys,
  checkNumber,
  checkOneOf,
  checkUrl,
  isNonEmptyString,
  isObject,
  join,
  type Report,
  show,
} from './validate.ts'

/** More buttons than this don't fit in a bubble. */
const MAX_QUICK_REPLIES = 6

function checkLocalized(value: unknown, path: string, report: Report, maxLength = 200) {
  const texts = typeof value === 'string' ? [value] : isObject(value) ? Object.values(value) : []
  if (texts.length === 0 || !texts.every(isNonEmptyString)) {
    return report(path, `must be a non-empty string or { "<locale>": "text" }, got ${show(value)}`)
  }
  if (texts.some((t) => (t as string).length > maxLength)) {
    report(path, `must be at most ${maxLength} characters`)
  }
}

function checkQuickReplies(value: unknown, path: string, report: Report) {
  if (!Array.isArray(value) || value.length > MAX_QUICK_REPLIES) {
    return report(path, `must be an array of at most ${MAX_QUICK_REPLIES} { "label" } objects`)
  }
  for (const [i, reply] of value.entries()) {
    const at = join(path, i)
    if (!isObject(reply)) {
      report(at, 'must be an object with a "label"')
      continue
    }
    if (!checkKeys(reply, ['label', 'text', 'action'], at, report)) continue
    checkLocalized(reply.label, join(at, 'label'), report, 60)
    if (reply.text !== undefined) checkLocalized(reply.text, join(at, 'text'), report)
    if (reply.action !== undefined && !isNonEmptyString(reply.action)) {
      report(join(at, 'action'), 'must be a non-empty string')
    }
  }
}

function checkSender(value: unknown, path: string, report: Report) {
  if (!isObject(value))
    return report(path, 'must be { "type": "bot" } or { "type": "agent", "name" }')
  if (!checkOneOf(value.type, ['bot', 'agent'], join(path, 'type'), report)) return
  if (value.type === 'bot') return void checkKeys(value, ['type'], path, report)
  if (!checkKeys(value, ['type', 'name', 'avatar'], path, report)) return
  if (!isNonEmptyString(value.name)) report(join(path, 'name'), 'must name the agent')
  if (value.avatar !== undefined) checkUrl(value.avatar, join(path, 'avatar'), report)
}

export function checkMessage(value: unknown, path: string, report: Report) {
  if (!isObject(value)) return report(path, 'must be an object with a "text"')
  if (!checkKeys(value, ['text', 'quickReplies', 'link', 'sender'], path, report)) return
  checkLocalized(value.text, join(path, 'text'), report, MAX_TEXT_LENGTH)
  if (value.quickReplies !== undefined) {
    checkQuickReplies(value.quickReplies, join(path, 'quickReplies'), report)
  }
  const { link } = value
  if (link !== undefined) {
    const at = join(path, 'link')
    if (!isObject(link)) report(at, 'must be an object with "title" and "url"')
    else if (checkKeys(link, ['title', 'url'], at, report)) {
      checkLocalized(link.title, join(at, 'title'), report)
      checkUrl(link.url, join(at, 'url'), report)
    }
  }
  if (value.sender !== undefined) checkSender(value.sender, join(path, 'sender'), report)
}

export function checkDelivery(value: unknown, path: string, report: Report) {
  if (!isObject(value)) return report(path, 'must be an object like { "mode": "bubble" }')
  if (!checkKeys(value, ['mode', 'sound'], path, report)) return
  checkOneOf(value.mode, ['bubble', 'open'], join(path, 'mode'), report)
  if (value.sound !== undefined) checkBoolean(value.sound, join(path, 'sound'), report)
}

export function checkLimits(value: unknown, path: string, report: Report) {
  if (!isObject(value)) return report(path, 'must be an object like { "once": "session" }')
  if (!checkKeys(value, ['once', 'everyDays'], path, report)) return
  if (value.once !== undefined)
    checkOneOf(value.once, ['visitor', 'session'], join(path, 'once'), report)
  if (value.everyDays !== undefined) {
    checkNumber(value.everyDays, join(path, 'everyDays'), report, { min: 1 })
    if (value.once === 'visitor') {
      report(path, '"once": "visitor" already means never again; drop "everyDays" or "once"')
    }
  }
}
