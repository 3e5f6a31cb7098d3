/**
 * English strings, the reference catalog: `Catalog` is derived from these keys and every
 * other locale must provide the same ones. `%{name}` is replaced by `translate` params.
 */
export const en = {
  // Accessible label of the round launcher button while the chat window is closed.
  'launcher.open': 'Open chat',
  // Accessible label of the launcher button (and the window's close button) while open.
  'launcher.close': 'Close chat',
  // Heading at the top of the chat window.
  'window.title': 'Chat with us',
  // Accessible label of the message text box.
  'composer.label': 'Message',
  // Placeholder inside the empty message text box.
  'composer.placeholder': 'Type your question…',
  // Text or accessible label of the send button.
  'composer.send': 'Send',
  // Accessible label of the scrolling list of messages.
  'log.label': 'Conversation',
  // Author name shown on the bot's messages.
  'bot.name': 'Assistant',
  // First bot message, posted when the visitor opens the chat for the first time.
  'bot.greeting':
    "Hi there! 👋 I'm the Chao assistant. Ask me anything about orders, shipping, payment or returns.",
  // Bot message when it cannot find a confident answer to the visitor's question.
  'bot.unsure': "Sorry, I'm not sure I know the answer to that. Could you rephrase your question?",
  // Appended to bot.unsure when close questions are offered as buttons below it.
  'bot.didYouMean': 'Did you mean one of these?',
  // Bot message when no FAQ is loaded, so the bot cannot answer anything.
  'bot.noKnowledge': "Sorry, I can't answer questions right now.",
  // Author name shown on the visitor's own messages.
  'author.you': 'You',
}

export type Catalog = Record<keyof typeof en, string>
