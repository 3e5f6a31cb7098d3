/**
 * English texts of what only some chats use (live chat, forms, lead capture, post-chat survey,
 * contact questions, attachments) and of the launcher and the bubble, which carry copies
 * (see en.ts).
 */
export const enExtra = {
  // Accessible label of the round launcher button while the chat window is closed.
  'launcher.open': 'Open chat',
  // Accessible label of the launcher's badge, with the number of unread messages.
  'launcher.unread': '%{count} unread',
  // Proactive bubble next to the launcher: who sent it, when an agent did (%{name}).
  'proactive.from': 'Message from %{name}',
  // Accessible label of the bubble's × button.
  'proactive.close': 'Close message',
  // Button of the bubble that opens the chat with the message in it.
  'proactive.reply': 'Reply',
  // System line when an agent joins the conversation.
  'system.joined': '%{name} joined the chat',
  // System line when the live chat with an agent ended.
  'system.ended': 'The chat has ended.',
  // Live chat bar, button: the visitor ends the chat with the team.
  'live.end': 'End chat',
  // Live chat bar after the chat ended, button: save the conversation as a text file.
  'live.download': 'Download transcript',
  // Live chat bar after the chat ended, button: mail the conversation to the visitor.
  'live.email': 'Email me the transcript',
  // Live chat bar, after the transcript was mailed.
  'live.emailed': 'The transcript is on its way to your inbox.',
  // Live chat bar, when the transcript could not be fetched or mailed; %{reason} from the server.
  'live.failed': 'The transcript could not be sent: %{reason}',
  // Line while waiting for an agent: %{position} is 1 for "next", %{minutes} the estimated wait.
  'queue.position': 'You are number %{position} in the queue (about %{minutes} min).',
  // The same, when the server has no estimate of the wait yet.
  'queue.positionNoEta': 'You are number %{position} in the queue.',
  // System line when the server says nobody can take the chat (no agent online, or closed).
  'handoff.unavailable': 'Sorry, nobody from our team is online right now. Please try again later.',
  // Notice when a file's type is not accepted; %{types} lists the accepted types.
  'attach.badType': '%{name} cannot be sent: only %{types} files are accepted.',
  // Notice when a file is too large; %{max} is the limit, e.g. "5 MB".
  'attach.tooBig': '%{name} cannot be sent: it is larger than %{max}.',
  // Notice when the site does not accept attachments.
  'attach.disabled': 'Files cannot be sent in this chat.',
  // Notice when the server refused or could not take a file; %{reason} is the server's words.
  'attach.uploadFailed': '%{name} could not be sent: %{reason}',
  // Notice when a file attached before a page reload must be attached again.
  'attach.lost': '%{name} was not sent before the page reloaded: please attach it again.',
  // Offline form: the file picker's label (the form leaves a message when nobody is online).
  'offline.attach': 'Attach files',
  // Intro text above the pre-chat form (site-owner text).
  'preChat.intro': 'Before we start, please tell us how to reach you.',
  // Button that submits the pre-chat form.
  'preChat.submit': 'Start chat',
  // Labels of the contact fields (pre-chat form).
  'field.name': 'Name',
  'field.email': 'Email',
  'field.phone': 'Phone number',
  // Errors under an invalid field.
  'invalid.name': 'Please enter your name.',
  'invalid.email': 'Please enter a valid email address, e.g. lan@example.com.',
  'invalid.phone': 'Please enter a valid phone number, e.g. 0912 345 678.',
  'invalid.message': 'Please enter your message.',
  // Offline form, shown when nobody from the team can take the chat (creates a ticket).
  'offline.message': 'Your message',
  'offline.submit': 'Send message',
  'offline.sent': "Thanks, we'll reply by email.",
  // The bot's questions when it collects contact details in the chat.
  'ask.name': 'May I have your name?',
  'ask.email': 'What email address can we reach you at?',
  'ask.phone': 'What phone number can we reach you at?',
  // The bot's reply once it has the contact details it asked for.
  'ask.thanks': 'Thank you! We have your details.',
  // Lead capture: the bot's first line before its first question (after an unanswered question).
  'lead.intro': 'So that our team can get back to you:',
  // Lead capture before a handoff to a person, followed by the first question.
  'lead.introHandoff': 'Before I connect you, a few details so our team can reach you.',
  // The reply once the details are collected, just before the handoff.
  'lead.thanksHandoff': 'Thank you! Connecting you now.',
  // Button under an optional contact question.
  'lead.skip': 'Skip',
  // Intro of the offline message form, shown when the team is away (site-owner text).
  'offline.intro': 'Leave us a message and we will get back to you.',
  // Question of the post-chat rating (site-owner text).
  'csat.question': 'How would you rate this conversation?',
  // Names of the five answers to csat.question, read by screen readers (1 = worst).
  'csat.score1': 'Very bad',
  'csat.score2': 'Bad',
  'csat.score3': 'Okay',
  'csat.score4': 'Good',
  'csat.score5': 'Excellent',
  // Optional comment field under the rating.
  'csat.comment': 'Anything to add? (optional)',
  // Buttons of the post-chat survey: next question, send, skip the rest.
  'csat.next': 'Next',
  'csat.submit': 'Send rating',
  'csat.skip': 'Skip',
  // NPS question (site-owner text) and the labels of its ends, 0 and 10.
  'csat.npsQuestion': 'How likely are you to recommend us to a friend?',
  'csat.npsLow': 'Not at all likely',
  'csat.npsHigh': 'Extremely likely',
  // CES question (site-owner text) and the labels of its ends, 1 and 7.
  'csat.cesQuestion': 'How easy was it to get the help you needed?',
  'csat.cesLow': 'Very hard',
  'csat.cesHigh': 'Very easy',
  // Line in the chat once the visitor rated (site-owner text).
  'csat.thanks': 'Thanks for your feedback!',
}
