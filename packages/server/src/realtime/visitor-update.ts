import {
  type ClientFrameOf,
  type ErrorCode,
  type ServerFrame,
  VISITOR_LIMITS,
} from '@chao/protocol'
import type { Store } from '../db/store.ts'
import { perMinuteLimit } from '../per-minute-limit.ts'
import type { Outlet, Session } from './engine.ts'
import { rooms } from './rooms.ts'

export interface VisitorUpdateOptions {
  store: Pick<Store, 'updateVisitorDetails' | 'findOpenConversation'>
  /** Updates a visitor may send per minute (default VISITOR_LIMITS.maxUpdatesPerMinute). */
  perMinute?: number
  clock?: () => number
}

type Fail = (code: ErrorCode, message: string) => void

/**
 * `visitor:update` (protocol 1.4): the page's new attributes, or a name or email learnt after
 * the handoff. Merged into the visitor; the agents hear what really changed
 * (`visitor:updated`), so the console's visitor panel follows without a reload.
 */
export function createVisitorUpdates(options: VisitorUpdateOptions) {
  const { store } = options
  const allow = perMinuteLimit(
    options.perMinute ?? VISITOR_LIMITS.maxUpdatesPerMinute,
    options.clock ?? Date.now,
  )

  return async function visitorUpdate(
    session: Session,
    frame: ClientFrameOf<'visitor:update'>,
    out: Outlet,
    fail: Fail,
  ): Promise<void> {
    const visitorId = session.visitorId as string
    // Per visitor, not per connection: the HTTP transport has no lasting connection, and a
    // visitor's tabs share one identity. The widget coalesces changes, so this only stops loops.
    if (!allow(visitorId)) {
      return fail(
        'rate_limited',
        `More than ${VISITOR_LIMITS.maxUpdatesPerMinute} visitor:update frames in a minute; send the latest details again later.`,
      )
    }
    const result = await store.updateVisitorDetails(
      visitorId,
      frame,
      VISITOR_LIMITS.maxStoredAttributes,
    )
    if (!result.ok) {
      return result.reason === 'not_found'
        ? fail('forbidden', 'This visitor token names no visitor on this server.')
        : fail(
            'invalid_frame',
            `A visitor keeps at most ${VISITOR_LIMITS.maxStoredAttributes} attributes: remove some (set them to null) before adding others. Nothing was changed.`,
          )
    }
    if (Object.keys(result.changed).length > 0) {
      const open = await store.findOpenConversation(visitorId)
      const updated: ServerFrame = {
        type: 'visitor:updated',
        visitorId,
        ...(open === undefined ? {} : { conversationId: open.id }),
        ...result.changed,
      }
      out.publish([rooms.agents], updated)
    }
    if (result.kept.length > 0) {
      fail(
        'visitor_verified',
        `This visitor is verified by identify: their ${result.kept.join(' and ')} were kept (send changes with identify and its hash). The attributes were applied.`,
      )
    }
  }
}
