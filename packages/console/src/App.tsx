import { ServerStatus } from './ServerStatus.tsx'

/** Placeholder console: the inbox and conversation views arrive in a later release. */
export function App() {
  return (
    <main class="console">
      <header>
        <p class="brand">
          <span class="brand-mark" aria-hidden="true">
            C
          </span>
          Chao
        </p>
        <h1>Chao — Agent console</h1>
      </header>
      <ServerStatus />
      <p class="note">
        The inbox, where agents answer visitors handed over by the bot, arrives in a later release.
        Until then, try the widget on the <a href="/">demo site</a>.
      </p>
    </main>
  )
}
