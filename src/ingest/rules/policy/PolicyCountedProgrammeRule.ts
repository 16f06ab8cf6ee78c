import { alternation } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { PolicyKind } from './PolicyKind';
import { entityRule } from '../defineRule';

const NUMBER = '[\\d一二三四五六七八九十两百]+';

const pattern = perLexicon((lex) =>
  // a grouping count (10大类, 12类), the count of things (十件, 46项, 八项, 十大), 重点, the programme, its 工程/项目
  new RegExp(`(?:${NUMBER}大?类)?${NUMBER}(?:件|项|大)((?:重点)?(?:${alternation(lex.words('policy-counted-programmes')).source})(工程|项目)?)`, 'gu'),
);

/**
 * Matches programmes named by how many things they undertake, a head of policy-counted-programmes.txt after a
 * count in words that is part of the name: 办好十件民生实事 → 十件民生实事 (PROGRAM), 八项民生工程; a count in digits
 * (办好34项民生实事) is MetricCountRule's figure; with 工程 or 项目
 * after the head the count counts projects and stays a figure (实施10大类60项民生实事项目 → 民生实事项目). A count before another noun is a figure, not a name (MetricCountRule's), and the bare head (办好民生
 * 实事) names no one programme. Quoted forms (“十大重点民生实事”) are PolicySloganRule's; inside a quote nothing is read.
 * Example (广东 2026): 办好十件民生实事 → 十件民生实事.
 */
export const PolicyCountedProgrammeRule = entityRule('policy.countedProgramme', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern(ctx.lexicon))) {
    const end = m.index + m[0].length;
    if (text[m.index - 1] === '“' || text[end] === '”') continue;
    // a count in digits is a figure the reports give each year (办好34项民生实事, 每年实施20项重点民生实事), a COUNT
    // metric annotators mark (3 of 3 in the gold sets), not the name a count in words makes (十件民生实事, 3 of 3)
    if (m[2] === undefined && /\d/.test(m[0])) continue;
    // with 工程 or 项目 after it the count counts the projects, a figure of its own (46项民生实事工程): the name follows
    const start = m[2] !== undefined ? end - m[1].length : m.index;
    out.push(spanCandidate(ctx, 'policy', rule, start, end, { name: text.slice(start, end), fields: { kind: PolicyKind.PROGRAM } }));
  }
  return out;
});
