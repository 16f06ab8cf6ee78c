import type { Lexicon } from '../../lexicon/Lexicon';
import type { Candidate, EntityRule, PassageContext } from '../Rule';
import { describePolicy, policyFields } from './describePolicy';
import { escapeRegExp, policyLexicon } from './policyLexicon';
import { spanCandidate } from '../spanCandidate';

const patterns = new WeakMap<Lexicon, RegExp>();

/**
 * lead verb, then a name of 4–40 characters without quotes, brackets or clause punctuation, then a policy noun
 * that ends the clause. The lazy name stops at the first noun that is followed by a clause end.
 */
function issuedPattern(lexicon: Lexicon): RegExp {
  let re = patterns.get(lexicon);
  if (!re) {
    const lex = policyLexicon(lexicon);
    const nouns = lex.nouns.map((n) => escapeRegExp(n.noun)).join('|');
    re = new RegExp(`(?:${lex.leadVerbPattern})([^,;:。、“”《》()\\s]{4,40}?(?:${nouns}))(?=[,;。、]|和|$)`, 'g');
    patterns.set(lexicon, re);
  }
  return re;
}

/**
 * Matches an untitled, unquoted policy right after a verb of issuing (policy-lead-verbs.txt) when the name runs to
 * the end of the clause and ends in a policy noun: 出台促进民营经济高质量发展实施意见, 印发实施加力振作工业经济23条政策措施.
 * Rejects short generic objects (出台一批政策: fewer than 4 characters), anything with quotes or 《》 (the other
 * policy rules own those), and names that run on past the noun (制定通道产业发展策略 has no policy noun).
 * Example (seed line 12): 印发实施加力振作工业经济23条政策措施, → 加力振作工业经济23条政策措施, MEASURES, count 23.
 */
export const PolicyIssuedRule: EntityRule = {
  name: 'policy.issued',
  kind: 'policy',
  extract(ctx: PassageContext): Candidate[] {
    const lex = policyLexicon(ctx.lexicon);
    const out: Candidate[] = [];
    for (const m of ctx.text.matchAll(issuedPattern(ctx.lexicon))) {
      const name = m[1];
      const d = describePolicy(name, lex);
      if (!d) continue;
      const j = m.index + m[0].length;
      const i = j - name.length;
      out.push(spanCandidate(ctx, 'policy', this.name, i, j, {
        name,
        fields: policyFields(name, d),
      }));
    }
    return out;
  },
};
