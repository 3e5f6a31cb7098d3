import { useCallback, useEffect, useState } from 'preact/hooks'
import { fetchHealth, type HealthState } from './health.ts'

const LABELS: Record<HealthState['kind'], string> = {
  checking: 'Checking the server…',
  ok: 'Server is running',
  degraded: 'Server has a problem',
  unreachable: 'Server is not reachable',
}

/** The server's health, checked on load and on demand. */
export function ServerStatus() {
  const [state, setState] = useState<HealthState>({ kind: 'checking' })
  const check = useCallback(() => {
    setState({ kind: 'checking' })
    fetchHealth().then(setState)
  }, [])
  useEffect(check, [])

  return (
    <section class={`status status-${state.kind}`} aria-live="polite">
      <span class="status-dot" aria-hidden="true" />
      <div class="status-text">
        <strong>{LABELS[state.kind]}</strong>
        {'version' in state && <span>Chao server {state.version}</span>}
        {'detail' in state && <span>{state.detail}</span>}
      </div>
      <button type="button" onClick={check} disabled={state.kind === 'checking'}>
        Check again
      </button>
    </section>
  )
}
