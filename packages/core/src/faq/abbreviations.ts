/**
 * Vietnamese chat abbreviations and "teen code", expanded so "phi ship bn" reads like
 * "phí giao hàng bao nhiêu". Keys are matched against a whole token after diacritics
 * folding, so `đc` and `dc` share one key. Deliberately small: only forms that are
 * unambiguous in a shop's FAQ and are not themselves Vietnamese or English words (so not "kg", "dk", "hd").
 * "khong" needs no entry: it is already the folded form of "không".
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ko', 'không'],
  ['k', 'không'],
  ['hok', 'không'],
  ['dc', 'được'], // also đc
  ['sp', 'sản phẩm'],
  ['ship', 'giao hàng'], // loanword: "phí ship", "ship COD"; also reached from "shipping"
  ['bn', 'bao nhiêu'],
  ['bnh', 'bao nhiêu'],
  ['j', 'gì'],
  ['ntn', 'như thế nào'],
  ['tk', 'tài khoản'],
  ['stk', 'số tài khoản'],
  ['ck', 'chuyển khoản'],
  ['dt', 'điện thoại'], // also đt
  ['sdt', 'số điện thoại'], // also sđt
  ['mk', 'mật khẩu'],
])
