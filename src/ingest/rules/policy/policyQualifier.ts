import type { PolicyLexicon } from './policyLexicon';

/** How far back a qualifier may reach (农村义务教育学生营养改善计划 is 14). */
const MAX_QUALIFIER = 16;
const CJK = /[\u4e00-\u9fa5]/;
// a conjunction, 的 or 等 inside the qualifier may join a second thing (软件和信息服务业“满天星”行动计划 or
// 实施A行动和B“x”行动): the reading is unsure, so the quote keeps no qualifier
const JOINS = /[和及与的等]/;

/**
 * The start of the noun phrase that qualifies a quoted programme starting at `quoteStart` of `text`: the characters
 * after the nearest word of policy-qualifier-stops.txt, when that word lies within reach with only CJK characters
 * between. Returns `quoteStart` (no qualifier) when a stop word stands right before the quote, when a digit or
 * punctuation comes first (玉树3县5乡“…”工程), when nothing bounds it, when it holds a conjunction, or when it
 * ends in a facility word (天水机场“盖被子”工程: the airport is a project of its own).
 * Example (贵州 2026): `持续实施农村义务教育学生营养改善计划“提质行动”` → the start of 农村….
 */
export function qualifierStart(text: string, quoteStart: number, lex: PolicyLexicon): number {
  for (let p = quoteStart; p > 0 && quoteStart - p <= MAX_QUALIFIER; p--) {
    if (lex.qualifierStops.some((s) => s.length <= p && text.startsWith(s, p - s.length))) {
      const qualifier = text.slice(p, quoteStart);
      // 完成天水机场“盖被子”工程: works on a facility, which the project rules name; the quote stays bare
      const site = lex.facilityWords.some((f) => qualifier.endsWith(f));
      return qualifier.length >= 2 && !JOINS.test(qualifier) && !site ? p : quoteStart;
    }
    if (!CJK.test(text[p - 1])) return quoteStart;
  }
  return quoteStart;
}
