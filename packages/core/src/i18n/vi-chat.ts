import type { ChatCatalog } from './en.ts'

// Vietnamese texts of the chat window and the bot. Keys and their meaning: en-chat.ts.

export const viChat: ChatCatalog = {
  'launcher.close': 'Đóng trò chuyện',
  'window.title': 'Trò chuyện với chúng tôi',
  'status.online': 'Chúng tôi đang trực tuyến',
  'status.away':
    'Hiện chúng tôi không trực tuyến. Bạn cứ để lại tin nhắn, chúng tôi sẽ trả lời qua email.',
  'status.connecting': 'Đang kết nối…',
  'status.reconnecting': 'Đang kết nối lại…',
  'composer.label': 'Tin nhắn',
  'composer.placeholder': 'Nhập câu hỏi của bạn…',
  'composer.send': 'Gửi',
  'composer.attach': 'Đính kèm tệp',
  'log.label': 'Cuộc trò chuyện',
  'bot.name': 'Trợ lý',
  'greeting.morning': 'Chào buổi sáng',
  'greeting.afternoon': 'Chào buổi chiều',
  'greeting.evening': 'Chào buổi tối',
  'greeting.named': '%{salutation}, %{name}! 👋',
  'greeting.anonymous': '%{salutation}! 👋',
  'bot.greeting':
    'Mình là trợ lý của Chao. Bạn cần hỏi gì về đơn hàng, giao hàng, thanh toán hay đổi trả cứ nhắn cho mình nhé.',
  'bot.unsure':
    'Xin lỗi, mình chưa chắc là mình biết câu trả lời cho câu hỏi này. Bạn có thể hỏi lại theo cách khác được không?',
  'bot.didYouMean': 'Có phải bạn muốn hỏi một trong những câu sau?',
  'bot.noKnowledge': 'Xin lỗi, hiện tại trợ lý chưa thể trả lời câu hỏi.',
  'bot.talkToHuman': 'Gặp nhân viên',
  'bot.offerHuman':
    'Xin lỗi, mình vẫn chưa tìm được câu trả lời. Bạn có muốn trò chuyện với nhân viên tư vấn không?',
  'handoff.requested': 'Đang kết nối bạn với nhân viên tư vấn, bạn vui lòng chờ trong giây lát…',
  'handoff.away':
    'Hiện chưa có nhân viên trực tuyến. Bạn cứ để lại lời nhắn ở đây, chúng tôi sẽ liên hệ lại sớm.',
  'feedback.question': 'Câu trả lời này có hữu ích không?',
  'feedback.up': 'Hữu ích',
  'feedback.down': 'Không hữu ích',
  'author.you': 'Bạn',
  'typing.label': '%{name} đang soạn tin…',
  'delivery.sending': 'Đang gửi…',
  'delivery.sent': 'Đã gửi',
  'delivery.failed': 'Chưa gửi được.',
  'delivery.retry': 'Gửi lại',
  'notice.dismiss': 'Đóng thông báo',
}
