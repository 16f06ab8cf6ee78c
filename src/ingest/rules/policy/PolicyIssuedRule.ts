import type { Lexicon } from '../../lexicon/Lexicon';
import type { Candidate } from '../Rule';
import { describePolicy, policyFields } from './describePolicy';
import { escapeRegExp, policyLexicon } from './policyLexicon';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { perLexicon } from '../../lexicon/perLexicon';

// 等 closing a list of examples: 促进外贸稳增长等措施 is measures of a kind. Not the 等 of 平等, 均等化, 中等收入, 高等教育, 等级.
const LIST_CLOSER = /(?<![平同对均初中高])等(?!级)/;

/**
 * lead verb, then a name of 4–40 characters without quotes, brackets or clause punctuation, then a policy noun
 * that ends the clause. The lazy name stops at the first noun that is followed by a clause end.
 */
const issuedPattern = perLexicon((lexicon: Lexicon): RegExp => {
  const lex = policyLexicon(lexicon);
  const nouns = lex.nouns.map((n) => escapeRegExp(n.noun)).join('|');
  return new RegExp(`(?:${lex.leadVerbPattern})([^,;:。、“”《》()\\s]{4,40}?(?:${nouns}))(?=[,;。、]|和|$)`, 'g');
});

/**
 * a purpose (促进…, 支持…), 的 and a policy noun that ends the clause: the package named by what it is for, whatever
 * verb puts it in force (完善促进人口长期均衡发展的政策措施); no quotes, 《》 or clause punctuation inside
 */
const purposePattern = perLexicon((lexicon: Lexicon): RegExp => {
  const lex = policyLexicon(lexicon);
  const nouns = lex.nouns.map((n) => escapeRegExp(n.noun)).join('|');
  const openers = lexicon.words('policy-purpose-openers').map(escapeRegExp).join('|');
  return new RegExp(`((?:${openers})[^,;:。、“”《》()\\s的]{4,30}的(?:${nouns}))(?=[,;。、]|和|$)`, 'gu');
});

/**
 * Matches an untitled, unquoted policy right after a verb of issuing (policy-lead-verbs.txt) when the name runs to
 * the end of the clause and ends in a policy noun: 出台促进民营经济高质量发展实施意见, 印发实施加力振作工业经济23条政策措施.
 * Rejects short generic objects (出台一批政策: fewer than 4 characters), anything with quotes or 《》 (the other
 * policy rules own those), names that run on past the noun (制定通道产业发展策略 has no policy noun), names that
 * close a list with 等 (出台促进外贸稳增长等措施) and names ending in a noun of policy-untitled-generic-nouns.txt
 * without a count (研究制定城乡居民增收政策, 出台节假日促进消费政策: policies of a sort, not one document).
 * Example (seed line 12): 印发实施加力振作工业经济23条政策措施, → 加力振作工业经济23条政策措施, MEASURES, count 23.
 */
export const PolicyIssuedRule = entityRule('policy.issued', 'policy', (ctx, rule) => {
  const lex = policyLexicon(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(issuedPattern(ctx.lexicon))) {
    const name = m[1];
    const d = describePolicy(name, lex);
    if (!d || LIST_CLOSER.test(name)) continue;
    // 城乡居民增收政策 is policies of a sort; 十条政策 or 支持政策 (a longer noun) name one package
    if (lex.untitledGenericNouns.has(d.noun) && d.count === null) continue;
    const j = m.index + m[0].length;
    const i = j - name.length;
    out.push(spanCandidate(ctx, 'policy', rule, i, j, {
      name,
      fields: policyFields(name, d),
    }));
  }
  for (const m of ctx.text.matchAll(purposePattern(ctx.lexicon))) {
    const name = m[1];
    const d = describePolicy(name, lex);
    if (!d || LIST_CLOSER.test(name) || out.some((c) => c.end === ctx.passage.start + m.index + m[0].length)) continue;
    // 政策 alone is policies of a sort (支持企业发展的政策); a package has a noun of its own (政策措施, 若干措施)
    if (lex.untitledGenericNouns.has(d.noun) && d.count === null) continue;
    const j = m.index + m[0].length;
    out.push(spanCandidate(ctx, 'policy', rule, j - name.length, j, { name, fields: policyFields(name, d) }));
  }
  return out;
});
