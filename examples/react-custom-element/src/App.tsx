import { type ChaoChatElement, defineChaoChat } from '@chao/widget'
import { useEffect, useRef, useState } from 'react'

defineChaoChat() // once, in the browser (registers the <chao-chat> tag)

export function App() {
  const chat = useRef<ChaoChatElement>(null)
  const [unread, setUnread] = useState(0)
  useEffect(() => {
    const element = chat.current
    const onUnread = (event: Event) => setUnread((event as CustomEvent<number>).detail)
    element?.addEventListener('chao-unread', onUnread)
    return () => element?.removeEventListener('chao-unread', onUnread)
  }, [])
  return (
    <main>
      <h1>Support</h1>
      <button type="button" onClick={() => chat.current?.chat?.open()}>
        Ask us {unread > 0 ? `(${unread})` : ''}
      </button>
      {/* Inline: the chat fills this 480px box; drop `mode` for the floating launcher. */}
      <div style={{ height: 480 }}>
        <chao-chat ref={chat} locale="en" faq="/faq.json" mode="inline" primary-color="#0f766e" />
      </div>
    </main>
  )
}
