const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A count below a hundred as the reports write it, in digits or in Chinese numerals (4, 四, 十, 十二, 二十三), or null
 * for anything else: the count of a policy's articles (二十条) or of the items a list sums up (德令哈4个).
 */
export function smallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  if (!m[2]) return m[3] ? null : DIGITS[m[1]];
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}
