import { createChat, type Locale } from '@chao/widget'
import { FAQ } from './faq.ts'

// English by default; ?lang=vi shows the Vietnamese widget and FAQ.
const locale: Locale = new URLSearchParams(location.search).get('lang') === 'vi' ? 'vi' : 'en'

// mount() shows the launcher at once; the chat window's code loads when the visitor
// points at the launcher, so it costs nothing on pages where nobody chats.
const chat = createChat({ locale, faq: FAQ[locale] }).mount()

// The returned object controls the widget, here from the page's own button.
document.querySelector('#ask')?.addEventListener('click', () => chat.open())
