import type { Candidate } from '../Rule';
import { describePolicy, policyFields } from './describePolicy';
import { policyLexicon } from './policyLexicon';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

const TITLE = /《([^《》]{2,120})》/g;

/**
 * Matches a 《…》 title that ends in a policy noun from policy-nouns.txt, optionally followed by a year range or a
 * draft marker in brackets; the name is the title without 《》 and with half-width punctuation.
 * Rejects titles of films, books and newspapers (《长津湖》, 《人民日报》: no policy noun), bare back-references
 * (《建议》, 《纲要(草案)》: nothing names the document) and titles on policy-non-policy-titles.txt.
 * Example (seed line 20): 印发实施《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》 → PLAN, yearRange 2023—2027.
 */
export const PolicyTitleRule = entityRule('policy.title', 'policy', (ctx, rule) => {
  const lex = policyLexicon(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(TITLE)) {
    const title = m[1].trim();
    const d = describePolicy(title, lex);
    if (!d) continue;
    const i = m.index;
    const j = i + m[0].length;
    out.push(spanCandidate(ctx, 'policy', rule, i, j, {
      name: title,
      fields: policyFields(title, d),
    }));
  }
  return out;
});
