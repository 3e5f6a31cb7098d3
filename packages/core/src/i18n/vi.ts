import type { Catalog } from './en.ts'

/** Vietnamese strings. Keys and their meaning are documented in en.ts. */
export const vi: Catalog = {
  // Accessible label of the round launcher button while the chat window is closed.
  'launcher.open': 'Mở trò chuyện',
  // Accessible label of the launcher button (and the window's close button) while open.
  'launcher.close': 'Đóng trò chuyện',
  // Heading at the top of the chat window.
  'window.title': 'Trò chuyện với chúng tôi',
  // Accessible label of the message text box.
  'composer.label': 'Tin nhắn',
  // Placeholder inside the empty message text box.
  'composer.placeholder': 'Nhập câu hỏi của bạn…',
  // Text or accessible label of the send button.
  'composer.send': 'Gửi',
  // Accessible label of the scrolling list of messages.
  'log.label': 'Cuộc trò chuyện',
  // Author name shown on the bot's messages.
  'bot.name': 'Trợ lý',
  // First bot message, posted when the visitor opens the chat for the first time.
  'bot.greeting':
    'Xin chào! 👋 Mình là trợ lý của Chao. Bạn cần hỏi gì về đơn hàng, giao hàng, thanh toán hay đổi trả cứ nhắn cho mình nhé.',
  // Bot message when it cannot find a confident answer to the visitor's question.
  'bot.unsure':
    'Xin lỗi, mình chưa chắc là mình biết câu trả lời cho câu hỏi này. Bạn có thể hỏi lại theo cách khác được không?',
  // Appended to bot.unsure when close questions are offered as buttons below it.
  'bot.didYouMean': 'Có phải bạn muốn hỏi một trong những câu sau?',
  // Bot message when no FAQ is loaded, so the bot cannot answer anything.
  'bot.noKnowledge': 'Xin lỗi, hiện tại trợ lý chưa thể trả lời câu hỏi.',
  // Author name shown on the visitor's own messages.
  'author.you': 'Bạn',
}
