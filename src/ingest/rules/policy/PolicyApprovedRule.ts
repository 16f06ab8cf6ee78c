import type { Lexicon } from '../../lexicon/Lexicon';
import type { Candidate } from '../Rule';
import { describePolicy, policyFields } from './describePolicy';
import { escapeRegExp, policyLexicon } from './policyLexicon';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { perLexicon } from '../../lexicon/perLexicon';

/** what may stand between the name and 获/经: 已获, 正式获 */
const ADVERB = '(?:已|正式|先后)?';

/**
 * A name of 4–60 characters without quotes, brackets or clause punctuation (、 allowed: a list sharing one noun)
 * that starts its clause and ends in a policy noun, then 获/经 (approval-markers.txt), up to 20 characters, and an
 * approval verb (approval-verbs.txt).
 */
const approvedPattern = perLexicon((lexicon: Lexicon): RegExp => {
  const nouns = policyLexicon(lexicon).nouns.map((n) => escapeRegExp(n.noun)).join('|');
  const markers = lexicon.words('approval-markers').filter((m) => m !== '由').map(escapeRegExp).join('|');
  const verbs = lexicon.words('approval-verbs').map(escapeRegExp).join('|');
  return new RegExp(`(?<=^|[,;:。])([^,;:。“”《》()\\s]{4,60}?(?:${nouns}))${ADVERB}(?:${markers})[^,;:。]{1,20}?(?:${verbs})`, 'g');
});

/**
 * Matches an unquoted policy whose clause says it was approved: `…总体方案获国家发展改革委批复`. A formal document
 * approved by a named approver is a title even without 《》. A list sharing one noun (`A、B总体方案获…批复`) gives one
 * policy per item, each with the shared noun, and each span the item's own words (the last one's with the noun).
 * Rejects names without a policy noun (`…综合改革试点获国务院批复`: a pilot, not a document), generic heads
 * (若干, 一批: describePolicy), clauses where 由 introduces the issuer (IssuedByRule's), and names that do not start
 * their clause (the lead verb cases are PolicyIssuedRule's).
 * Example (seed line 53): `疆电入渝工程配套新能源业主方案获国家发展改革委批复` → 疆电入渝工程配套新能源业主方案, PLAN.
 */
export const PolicyApprovedRule = entityRule('policy.approved', 'policy', (ctx, rule) => {
  const lex = policyLexicon(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(approvedPattern(ctx.lexicon))) {
    const whole = m[1];
    const noun = lex.nouns.find((n) => whole.endsWith(n.noun))!.noun;
    const items = whole.split('、');
    let at = m.index;
    for (const [k, item] of items.entries()) {
      const last = k === items.length - 1;
      const name = last ? item : item + noun;
      const d = describePolicy(name, lex);
      if (d && item.length >= (last ? noun.length + 4 : 4)) {
        out.push(spanCandidate(ctx, 'policy', rule, at, at + item.length, {
          name,
          fields: policyFields(name, d),
        }));
      }
      at += item.length + 1;
    }
  }
  return out;
});
