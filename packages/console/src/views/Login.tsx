import { useState } from 'preact/hooks'
import { ServerStatus } from '../ServerStatus.tsx'
import { logIn } from '../stores/session.ts'

/** Email + password; the server sets an httpOnly session cookie. */
export function Login() {
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const submit = async (event: Event) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    setBusy(true)
    setError(undefined)
    try {
      await logIn(String(form.get('email')), String(form.get('password')))
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <main class="console login">
      <h1>Chao — Agent console</h1>
      <form onSubmit={submit} aria-label="Log in">
        <label>
          Email
          <input name="email" type="email" autocomplete="username" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        {error !== undefined && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Log in
        </button>
      </form>
      <ServerStatus />
    </main>
  )
}
