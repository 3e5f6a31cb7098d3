/**
 * The post-chat survey (protocol 1.3): CSAT 1–5, and optionally NPS 0–10 and CES 1–7, sent
 * once per conversation after it ended. 1.3 adds `clientId`, `nps`, `ces` and the
 * `rating:ack` answer; a 1.2 client sends `score` alone and gets no ack. Merged into
 * `clientFrames` / `serverFrames` in frames.ts; docs/protocol.md is the spec.
 */
import {
  type Check,
  FrameError,
  id,
  integer,
  type ObjectOf,
  object,
  optional,
  string,
} from './schema.ts'

export const SURVEY_LIMITS = {
  maxComment: 1000,
} as const

const ratingShape = {
  /** 1.3: client-generated; a retry with the same id is acknowledged, not refused. */
  clientId: optional(id),
  conversationId: id,
  /** CSAT, 1–5. Optional since 1.3 when `nps` or `ces` is given. */
  score: optional(integer(1, 5)),
  comment: optional(string(SURVEY_LIMITS.maxComment)),
  /** 1.3: "How likely are you to recommend us?", 0–10. */
  nps: optional(integer(0, 10)),
  /** 1.3: "How easy was it…?", 1 (very hard) – 7 (very easy). */
  ces: optional(integer(1, 7)),
}

const ratingObject = object(ratingShape)

/** A rating must answer at least one question. */
export const ratingSubmit: Check<ObjectOf<typeof ratingShape>> = (value, path) => {
  const frame = ratingObject(value, path)
  if (frame.score === undefined && frame.nps === undefined && frame.ces === undefined) {
    throw new FrameError('invalid_frame', `${path} needs at least one of score, nps or ces`)
  }
  return frame
}

export const surveyClientFrames = {
  /** Visitors only, once per conversation, after it ended. */
  'rating:submit': ratingSubmit,
} as const

export const surveyServerFrames = {
  /** 1.3: the rating with this `clientId` is stored (now, or by an earlier try). */
  'rating:ack': object({ clientId: id, conversationId: id }),
} as const
