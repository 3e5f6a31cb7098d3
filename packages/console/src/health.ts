/** What the console shows about the server it was loaded from. */
export type HealthState =
  | { kind: 'checking' }
  | { kind: 'ok'; version: string }
  | { kind: 'degraded'; version: string; detail: string }
  | { kind: 'unreachable'; detail: string }

/** The body of the server's `GET /healthz`. */
interface HealthBody {
  status?: unknown
  version?: unknown
  db?: unknown
}

/** Asks the server for `/healthz`; never throws, a failure is a state to display. */
export async function fetchHealth(
  fetchImpl: typeof fetch = fetch,
  url = '/healthz',
): Promise<HealthState> {
  let response: Response
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' }, cache: 'no-store' })
  } catch (error) {
    return { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) }
  }
  let body: HealthBody
  try {
    body = (await response.json()) as HealthBody
  } catch {
    return { kind: 'unreachable', detail: `unexpected answer (HTTP ${response.status})` }
  }
  const version = typeof body.version === 'string' ? body.version : 'unknown'
  if (response.ok && body.status === 'ok') return { kind: 'ok', version }
  const detail = body.db === 'error' ? 'the database is not answering' : `HTTP ${response.status}`
  return { kind: 'degraded', version, detail }
}
