import type { FaqKnowledgeBase, Locale } from '@chao/widget'

// The FAQ the bot answers from, one knowledge base per language. Each entry lists a few
// ways visitors ask the question; the answer is markdown. A larger FAQ is better served as
// a JSON file whose URL you pass instead: createChat({ faq: '/faq.json' }).
export const FAQ: Record<Locale, FaqKnowledgeBase> = {
  en: {
    entries: [
      {
        id: 'reset-password',
        questions: ['How do I reset my password?', 'I forgot my password', 'Cannot log in'],
        answer:
          'Click **Forgot password** on the sign-in page and enter your email address. ' +
          'The reset link we send you works for 30 minutes.',
        followUps: ['change-email'],
      },
      {
        id: 'change-email',
        questions: ['How do I change my email address?', 'Update my email'],
        answer: 'Go to **Settings → Account**, edit your email, and confirm the new address.',
      },
      {
        id: 'pricing',
        questions: ['How much does it cost?', 'What are your prices?', 'Is there a free plan?'],
        answer: 'The Free plan costs nothing for 3 projects. Pro is 99,000₫ per user per month.',
        links: [{ title: 'Plans and prices', url: 'https://example.com/pricing' }],
      },
      {
        id: 'export',
        questions: ['Can I export my data?', 'How do I download my data?', 'Export to CSV'],
        answer: 'Yes: **Settings → Data → Export** downloads everything as CSV files.',
      },
    ],
  },
  vi: {
    entries: [
      {
        id: 'reset-password',
        questions: ['Làm sao để đặt lại mật khẩu?', 'Tôi quên mật khẩu', 'Không đăng nhập được'],
        answer:
          'Bấm **Quên mật khẩu** ở trang đăng nhập rồi nhập email của bạn. ' +
          'Liên kết đặt lại mật khẩu có hiệu lực trong 30 phút.',
        followUps: ['change-email'],
      },
      {
        id: 'change-email',
        questions: ['Làm sao để đổi email?', 'Cập nhật địa chỉ email'],
        answer: 'Vào **Cài đặt → Tài khoản**, sửa email và xác nhận địa chỉ mới.',
      },
      {
        id: 'pricing',
        questions: ['Giá bao nhiêu?', 'Bảng giá', 'Có gói miễn phí không?'],
        answer: 'Gói Free miễn phí cho 3 dự án. Gói Pro giá 99.000₫ mỗi người dùng mỗi tháng.',
        links: [{ title: 'Bảng giá', url: 'https://example.com/pricing' }],
      },
      {
        id: 'export',
        questions: ['Tôi có thể xuất dữ liệu không?', 'Tải dữ liệu về', 'Xuất ra CSV'],
        answer: 'Có: **Cài đặt → Dữ liệu → Xuất** tải toàn bộ dữ liệu về dưới dạng tệp CSV.',
      },
    ],
  },
}
