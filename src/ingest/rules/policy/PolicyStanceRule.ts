import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { wordBoundsOf } from '../wordsOf';
import { PolicyKind } from './PolicyKind';
import { entityRule } from '../defineRule';

// a stance (更加积极有为的, 适度宽松的: a degree word, a short adjective phrase, 的) and a field's policy (财政政策)
const STANCE = /(?:更加|适度)[\p{Script=Han}]{2,6}?的([\p{Script=Han}]{2,4}?政策)(?![\p{Script=Han}])/gu;

/**
 * Matches macro policies named by their stance: 实施更加积极的财政政策 → 更加积极的财政政策, 适度宽松的货币政策,
 * 更加积极有为的宏观政策. The stance is part of the name (it is what the year's policy is); the field before 政策 must
 * start a word (jieba: 财政政策, 货币/政策), and nothing may follow 政策 in the word (政策性 is an adjective).
 * Example (广西 2026): 全面落实更加积极的财政政策 → 更加积极的财政政策, MEASURES.
 */
export const PolicyStanceRule = entityRule('policy.stance', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const { starts } = wordBoundsOf(ctx);
  const out: Candidate[] = [];
  for (const m of text.matchAll(STANCE)) {
    const field = m.index + m[0].length - m[1].length;
    if (!starts.has(m.index) || !starts.has(field)) continue;
    out.push(spanCandidate(ctx, 'policy', rule, m.index, m.index + m[0].length, { name: m[0], fields: { kind: PolicyKind.MEASURES, noun: '政策' } }));
  }
  return out;
});
