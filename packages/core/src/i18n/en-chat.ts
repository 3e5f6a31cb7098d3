/** English texts of the chat window and the bot, loaded with the chat (see en.ts). */
export const enChat = {
  // Accessible label of the launcher button (and the window's close button) while open.
  'launcher.close': 'Close chat',
  // Heading at the top of the chat window.
  'window.title': 'Chat with us',
  // Status line under the title while an agent of the team is online.
  'status.online': 'We are online',
  // Status line under the title while nobody of the team is online (site-owner text).
  'status.away': 'We are away right now. Leave a message and we will reply by email.',
  // Banner above the messages while the connection to the server is being (re)made.
  'status.connecting': 'Connecting…',
  // Banner above the messages while the connection to the server is lost.
  'status.reconnecting': 'Reconnecting…',
  // Accessible label of the message text box.
  'composer.label': 'Message',
  // Placeholder inside the empty message text box.
  'composer.placeholder': 'Type your question…',
  // Text or accessible label of the send button.
  'composer.send': 'Send',
  // Accessible label of the paperclip button that attaches a file.
  'composer.attach': 'Attach a file',
  // Accessible label of the scrolling list of messages.
  'log.label': 'Conversation',
  // Author name shown on the bot's messages.
  'bot.name': 'Assistant',
  // Salutations by time of day, used by the greeting (5:00–11:59, 12:00–17:59, 18:00–4:59).
  'greeting.morning': 'Good morning',
  'greeting.afternoon': 'Good afternoon',
  'greeting.evening': 'Good evening',
  // First line of the greeting when the visitor's name is known / unknown.
  'greeting.named': '%{salutation}, %{name}! 👋',
  'greeting.anonymous': '%{salutation}! 👋',
  // Rest of the first bot message, posted when the visitor opens the chat (site-owner text).
  'bot.greeting':
    "I'm the Chao assistant. Ask me anything about orders, shipping, payment or returns.",
  // Bot message when it cannot find a confident answer to the visitor's question.
  'bot.unsure': "Sorry, I'm not sure I know the answer to that. Could you rephrase your question?",
  // Appended to bot.unsure when close questions are offered as buttons below it.
  'bot.didYouMean': 'Did you mean one of these?',
  // Bot message when no FAQ is loaded, so the bot cannot answer anything.
  'bot.noKnowledge': "Sorry, I can't answer questions right now.",
  // Quick-reply button under unsure answers (and the handoff offer) that calls a person.
  'bot.talkToHuman': 'Talk to a person',
  // Bot message after two unsure answers in a row, above the "Talk to a person" button.
  'bot.offerHuman':
    "Sorry, I still can't find the answer. Would you like to talk to a person from our team?",
  // System line when the visitor asked for a person and the team is online or unknown.
  'handoff.requested': 'Connecting you with a person from our team. Please wait a moment…',
  // System line when the visitor asked for a person while nobody of the team is online.
  'handoff.away':
    'Nobody from our team is online right now. Leave your message here and we will get back to you.',
  // Accessible label of the group of thumbs buttons under each FAQ answer.
  'feedback.question': 'Was this helpful?',
  // Accessible names of the thumbs up / thumbs down buttons under a FAQ answer.
  'feedback.up': 'Helpful',
  'feedback.down': 'Not helpful',
  // Author name shown on the visitor's own messages.
  'author.you': 'You',
  // Typing indicator, read by screen readers; %{name} is the bot's or the agent's name.
  'typing.label': '%{name} is typing…',
  // Delivery state under the visitor's own messages.
  'delivery.sending': 'Sending…',
  'delivery.sent': 'Sent',
  'delivery.failed': 'Not sent.',
  // Button next to a message that failed to send.
  'delivery.retry': 'Retry',
  // Accessible label of the button that hides a notice.
  'notice.dismiss': 'Dismiss',
}
