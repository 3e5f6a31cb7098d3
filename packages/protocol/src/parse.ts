import type { ErrorCode } from './errors.ts'
import {
  type ClientFrame,
  type ClientFrameType,
  clientFrames,
  type ServerFrame,
  serverFrames,
} from './frames.ts'
import { type Check, FrameError } from './schema.ts'

export interface FrameProblem {
  code: ErrorCode
  message: string
  /** The frame's `clientId` when it had a readable one, else its `type` when it had one. */
  ref?: string
}

export type Parsed<F> = { ok: true; frame: F } | { ok: false; error: FrameProblem }

/**
 * Validates a frame a client sent. `accepted` narrows the frame types this endpoint takes
 * (others get `unknown_frame`). Never throws.
 */
export function parseClientFrame(
  input: unknown,
  accepted?: readonly ClientFrameType[],
): Parsed<ClientFrame> {
  return parse(input, clientFrames, accepted)
}

/** Validates a frame the server sent (the connector checks every frame on arrival). */
export function parseServerFrame(input: unknown): Parsed<ServerFrame> {
  return parse(input, serverFrames)
}

function parse<F>(
  input: unknown,
  table: Record<string, Check<unknown>>,
  accepted?: readonly string[],
): Parsed<F> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return problem('invalid_frame', 'A frame must be a JSON object with a "type".')
  }
  const raw = input as Record<string, unknown>
  const type = raw.type
  const ref = refOf(raw)
  if (typeof type !== 'string') {
    return problem('invalid_frame', 'frame.type must be a string.', ref)
  }
  const check = Object.hasOwn(table, type) ? table[type] : undefined
  if (check === undefined || (accepted !== undefined && !accepted.includes(type))) {
    return problem('unknown_frame', `Unknown frame type "${type.slice(0, 64)}".`, ref)
  }
  try {
    const body = check(raw, 'frame') as Record<string, unknown>
    return { ok: true, frame: { type, ...body } as F }
  } catch (error) {
    if (error instanceof FrameError) return problem(error.code, `${error.message}.`, ref)
    throw error
  }
}

function refOf(raw: Record<string, unknown>): string | undefined {
  const { clientId, type } = raw
  if (typeof clientId === 'string' && clientId.length <= 64) return clientId
  if (typeof type === 'string' && type.length <= 64) return type
  return undefined
}

function problem<F>(code: ErrorCode, message: string, ref?: string): Parsed<F> {
  return { ok: false, error: ref === undefined ? { code, message } : { code, message, ref } }
}
