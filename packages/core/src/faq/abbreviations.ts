/**
 * Vietnamese chat abbreviations and "teen code", expanded so "phi ship bn" reads like
 * "phí giao hàng bao nhiêu". Keys are matched against a whole token after diacritics
 * folding, so `đc` and `dc` share one key. Only general forms, and only keys that are
 * not themselves a word once folded: "mún" (muốn) folds to "mun" = mụn, "hong" (không)
 * to hỏng, so they are out. Ambiguous forms are left out too: `mk` (mình / mật khẩu),
 * `bh` (bây giờ / bảo hành), `nc` (nước / nói chuyện), `km` (khuyến mãi / kilômét),
 * `hd`/`đk` (hóa đơn, đăng ký / HD, điều kiện), `v` (vậy / và), `tr` (trời / triệu).
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  // không
  ['ko', 'không'],
  ['k', 'không'],
  ['kh', 'không'],
  ['hok', 'không'],
  ['hk', 'không'],
  ['khum', 'không'],
  ['dc', 'được'], // also đc
  ['j', 'gì'],
  ['z', 'vậy'],
  ['r', 'rồi'],
  ['vs', 'với'],
  ['cx', 'cũng'],
  ['ms', 'mới'],
  ['trc', 'trước'],
  ['ntn', 'như thế nào'],
  ['bn', 'bao nhiêu'],
  ['bnh', 'bao nhiêu'],
  ['bgio', 'bây giờ'],
  ['bjo', 'bây giờ'],
  ['lm', 'làm'],
  ['bik', 'biết'],
  ['thik', 'thích'],
  ['wa', 'quá'], // also wá
  // people
  ['e', 'em'],
  ['mik', 'mình'],
  ['ng', 'người'],
  ['mn', 'mọi người'],
  ['mng', 'mọi người'],
  ['ad', 'admin'],
  ['nv', 'nhân viên'],
  ['cty', 'công ty'],
  // shop and account words
  ['sp', 'sản phẩm'],
  ['ship', 'giao hàng'], // loanword: "phí ship", "ship COD"; also reached from "shipping"
  ['tk', 'tài khoản'],
  ['stk', 'số tài khoản'],
  ['ck', 'chuyển khoản'],
  ['dt', 'điện thoại'], // also đt
  ['sdt', 'số điện thoại'], // also sđt
  ['nt', 'nhắn tin'],
  ['tn', 'tin nhắn'],
  ['tl', 'trả lời'],
  ['trl', 'trả lời'],
  ['fb', 'facebook'],
])
