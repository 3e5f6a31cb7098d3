/**
 * Whether a conversation of chat `id` is stored on this device (localStorage), or the
 * window was open in this tab (sessionStorage); with `remove`, forgets both. Key names are
 * PERSISTED_KEYS of @chao/core, copied to keep the loader small (stored.test.ts checks).
 * Reading is not writing: this is allowed before consent in `implicit` mode.
 */
export function storedConversation(win: Window, id: string, remove = false): boolean {
  try {
    const conversation = `${id}:conversation`
    const open = `${id}:open`
    if (remove) {
      win.localStorage.removeItem(conversation)
      win.sessionStorage.removeItem(open)
      return false
    }
    return (
      win.localStorage.getItem(conversation) !== null || win.sessionStorage.getItem(open) === '1'
    )
  } catch {
    // Storage blocked (privacy settings, sandboxed frame): nothing stored, then.
    return false
  }
}
