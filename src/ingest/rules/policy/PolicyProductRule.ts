import { perLexicon } from '../../lexicon/perLexicon';
import { insideTitle, titleSpans } from '../../text/titleSpans';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { PolicyKind } from './PolicyKind';

// a quoted name of three or more Han characters, no digits or list marks inside (“六预一保”, “投、补、贷、保” are
// slogans that count or list instruments, not one product)
const QUOTED = /“(\p{Script=Han}{3,10})”/gu;
const NUMERAL = /[一二三四五六七八九十百千万两]/;
// after the quote (and a list's 等): a platform or an app scene is the product's channel, a project (打造“信易贷”
// “三农信用”等2个便民惠企应用场景)
const CHANNEL_AFTER = /^(?:“[^“”]*”)*(?:等)?[\d个]*[\p{Script=Han}]{0,6}?(?:平台|场景|系统|应用)/u;

const endings = perLexicon((lex) => lex.words('policy-product-endings'));

/**
 * Matches quoted financial products a government sets up or backs, by the ending of policy-product-endings.txt:
 * “稳岗贷”, “科技跨境贷”, “技改贷”, “惠民保” → MEASURES, wherever the name stands (the quotes mark the name).
 * Rejects names with a numeral (“六预一保” counts measures) or several endings (“股贷债保” lists kinds), quotes followed by the platform or app scene that
 * carries them (“信易贷”…应用场景: a project) and quotes inside a 《》 title.
 * Example (seed line 10): 向145家企业发放低利率“稳岗贷”1.6亿元 → “稳岗贷”, MEASURES.
 */
export const PolicyProductRule = entityRule('policy.product', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const titles = titleSpans(text);
  const ends = endings(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1];
    const j = m.index + m[0].length;
    if (!ends.some((e) => inner.endsWith(e)) || NUMERAL.test(inner) || insideTitle(titles, m.index, j)) continue;
    // two instrument endings list kinds of instrument (“股贷债保”联动), not one product
    if ([...inner].filter((c) => ends.includes(c)).length > 1) continue;
    if (CHANNEL_AFTER.test(text.slice(j, j + 24))) continue;
    out.push(spanCandidate(ctx, 'policy', rule, m.index, j, { name: inner, fields: { kind: PolicyKind.MEASURES } }));
  }
  return out;
});
