/**
 * Length-preserving normalisation: every full-width ASCII form (U+FF01–U+FF5E: ，：；（）！？０-９Ａ-Ｚ) becomes its
 * half-width twin and the ideographic space (U+3000) and no-break space become a plain space. One UTF-16 code unit
 * in, one out, so an offset found in the normalised text is an offset into the original. Rules match on the
 * normalised text and slice the original for the mention.
 *
 * Left alone on purpose: 。、“”《》【】 (no half-width twin that would not collide with `.` in decimals or `"`),
 * and dashes (— – －): 1—6月 stays 1—6月, so rules accept both `—` and `-` where a range is meant.
 *
 * Example: `消费贷款（不含个人住房贷款）余额，` → `消费贷款(不含个人住房贷款)余额,`.
 */
export function normalize(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e && c !== 0xff0d) r = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0) r = 0x20;
    if (r >= 0) {
      out += text.slice(last, i) + String.fromCharCode(r);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
