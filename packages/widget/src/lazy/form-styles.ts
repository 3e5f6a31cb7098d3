import { useLayoutEffect, useRef } from 'preact/hooks'
import { addStyles } from '../host/add-styles.ts'

// Styles of the pre-chat and offline forms: in their lazy chunk, so the bot-only chat does
// not carry them. Added once per shadow root, before the form is painted.
export const FORM_CSS = `
.chao-prechat{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:12px}
.chao-prechat p{margin:0}
.chao-field{display:flex;flex-direction:column;gap:4px}
.chao-field label{font-weight:600;font-size:14px}
.chao-field input,.chao-field textarea{box-sizing:border-box;resize:none;min-height:44px;
padding:10px 12px;border:1px solid var(--chao-border);border-radius:12px;background:var(--chao-surface);
color:var(--chao-text);font:16px/1.4 var(--chao-font)}
.chao-field textarea{min-height:104px;resize:vertical}
.chao-field input:focus,.chao-field textarea:focus,.chao-submit:focus-visible{
outline:2px solid var(--chao-accent);outline-offset:2px}
.chao-error{color:var(--chao-danger);font-size:13px}
.chao-submit{all:unset;box-sizing:border-box;align-self:flex-start;padding:10px 18px;border-radius:999px;
cursor:pointer;border:1px solid var(--chao-primary);background:var(--chao-primary);
color:var(--chao-on-primary);font-size:14px}
.chao-submit:disabled{opacity:.6;cursor:default}
`

const styled = new WeakSet<Node>()

/** A ref for the form's element: adds FORM_CSS to its shadow root (once) on mount. */
export function useFormStyles<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode()
    if (!root || styled.has(root) || !(root instanceof ShadowRoot)) return
    styled.add(root)
    addStyles(root, FORM_CSS)
  }, [])
  return ref
}
