// The words of the `/rate/<token>` page, in the languages of the widget's catalogs. A test
// checks that both have the same keys and the same %{placeholders}.

export type RateLanguage = 'vi' | 'en'

const en = {
  // <title> of every page
  title: 'Rate your chat',
  question: 'How would you rate this chat?',
  comment: 'Anything to add? (optional)',
  legend: 'Your rating, from 1 (very bad) to 5 (excellent)',
  // Names of the five buttons, read by screen readers (1 = worst), as in the widget.
  score1: 'Very bad',
  score2: 'Bad',
  score3: 'Okay',
  score4: 'Good',
  score5: 'Excellent',
  invalidTitle: 'Link not valid',
  invalidText: 'This rating link is not valid. Check that you copied all of it.',
  alreadyTitle: 'Already rated',
  alreadyText: 'This chat was already rated. Thank you!',
  openTitle: 'Chat still open',
  openText: 'You can rate this chat once it has ended.',
  // Sites whose survey asks NPS or CES instead of CSAT (survey setting): the page asks that.
  npsQuestion: 'How likely are you to recommend us to a friend?',
  npsLegend: 'From 0 (not at all likely) to 10 (extremely likely)',
  cesQuestion: 'How easy was it to get the help you needed?',
  cesLegend: 'From 1 (very hard) to 7 (very easy)',
  chooseTitle: 'Choose a rating',
  // %{min}–%{max}: the scale of the question asked (1–5, 0–10 or 1–7)
  chooseText: 'Please choose a rating from %{min} to %{max}.',
  thanksTitle: 'Thank you!',
  // %{score}: the answer given, %{max}: the top of its scale
  thanksText: 'Your rating (%{score}/%{max}) was saved.',
}

export type RateTexts = typeof en

const vi: RateTexts = {
  title: 'Đánh giá cuộc trò chuyện',
  question: 'Bạn đánh giá cuộc trò chuyện này thế nào?',
  comment: 'Bạn muốn nói thêm điều gì không? (không bắt buộc)',
  legend: 'Đánh giá của bạn, từ 1 (rất tệ) đến 5 (xuất sắc)',
  score1: 'Rất tệ',
  score2: 'Tệ',
  score3: 'Bình thường',
  score4: 'Tốt',
  score5: 'Xuất sắc',
  invalidTitle: 'Liên kết không hợp lệ',
  invalidText: 'Liên kết đánh giá này không hợp lệ. Hãy kiểm tra bạn đã sao chép đầy đủ.',
  alreadyTitle: 'Đã đánh giá',
  alreadyText: 'Cuộc trò chuyện này đã được đánh giá. Cảm ơn bạn!',
  openTitle: 'Cuộc trò chuyện chưa kết thúc',
  openText: 'Bạn có thể đánh giá khi cuộc trò chuyện đã kết thúc.',
  npsQuestion: 'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè không?',
  npsLegend: 'Từ 0 (hoàn toàn không) đến 10 (chắc chắn có)',
  cesQuestion: 'Bạn được hỗ trợ dễ dàng đến mức nào?',
  cesLegend: 'Từ 1 (rất khó) đến 7 (rất dễ)',
  chooseTitle: 'Hãy chọn mức đánh giá',
  chooseText: 'Vui lòng chọn mức đánh giá từ %{min} đến %{max}.',
  thanksTitle: 'Cảm ơn bạn!',
  thanksText: 'Đánh giá của bạn (%{score}/%{max}) đã được lưu.',
}

export const RATE_TEXTS: Record<RateLanguage, RateTexts> = { vi, en }

const isLanguage = (tag: string): tag is RateLanguage => tag === 'vi' || tag === 'en'

/**
 * The page's language: `?lang=` (the mail's link carries the visitor's), else the best of
 * vi/en in `Accept-Language` by its q-values, else English.
 */
export function rateLanguage(lang: unknown, acceptLanguage: string | undefined): RateLanguage {
  if (typeof lang === 'string' && isLanguage(lang)) return lang
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { base: tag.split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked.map((entry) => entry.base).find(isLanguage) ?? 'en'
}
