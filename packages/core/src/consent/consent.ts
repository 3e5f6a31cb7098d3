import { atom, type ReadableAtom } from 'nanostores'

/**
 * `implicit`: the widget may store the conversation once the visitor interacts with it
 * (opens it, types, sends). `required`: only after the site calls `Chao('consent')`, e.g.
 * from its cookie banner. Until then the chat works in memory only.
 */
export type ConsentMode = 'implicit' | 'required'
export const CONSENT_MODES: readonly ConsentMode[] = ['implicit', 'required']

export interface Consent {
  readonly mode: ConsentMode
  /** Whether storage may be written and connections opened. */
  $granted: ReadableAtom<boolean>
  /** The site's consent (`Chao('consent')`): grants in both modes. */
  grant(): void
  /** The visitor touched the widget: grants in `implicit` mode only. */
  interact(): void
}

export function createConsent(mode: ConsentMode = 'implicit', granted = false): Consent {
  const $granted = atom(granted)
  const grant = () => $granted.set(true)
  return { mode, $granted, grant, interact: () => mode === 'implicit' && grant() }
}
