import { alternation } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { insideTitle, titleSpans } from '../../text/titleSpans';

const ITEM = '“[^“”《》]{2,20}”';
// what may stand between 等 and the head: a count of the items (2个) and a short description (便民惠企, 省级重大)
const COUNT = '(?:[\\d一二三四五六七八九十两]+[个项家])?';
const MAX_DESCRIPTOR = 8;

const heads = perLexicon((lex) => {
  const rows = lex.words('project-quoted-list-heads').map((line) => line.split('|').map((s) => s.trim()));
  const kinds = new Map(rows.map(([head, kind]) => [head, kind]));
  const pattern = new RegExp(
    `((?:${ITEM})(?:[、和及与]?${ITEM})*)等${COUNT}(\\p{Script=Han}{0,${MAX_DESCRIPTOR}}?)(${alternation([...kinds.keys()]).source})`,
    'gu',
  );
  return { pattern, kinds };
});

/**
 * Matches apps, platforms and spaces named by quotes in a list whose 等 is followed by their kind, a head of
 * project-quoted-list-heads.txt: 打造“信易贷”“三农信用”等2个便民惠企应用场景 → two PLATFORMs, 优化“闽政通”、“闽执法”
 * 等平台, “模速空间”、“模力社区”等创新生态示范区. The guide counts a platform or an app as a project, not a policy, and
 * the kind after 等 is what says the quotes are one (PolicySloganRule leaves such quotes alone). Each mention is its
 * quote, each name its words. Rejects quotes inside a 《》 title and lists with no such kind after 等 (“全闽乐购”等
 * 促消费活动 are campaigns).
 * Example (福建 2026): `优化“闽政通”、“闽执法”等平台` → “闽政通”, “闽执法”.
 */
export const ProjectQuotedListRule = entityRule('project.quotedList', 'project', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('”等')) return [];
  const lex = projectLexicon(ctx.lexicon);
  const { pattern, kinds } = heads(ctx.lexicon);
  const titles = titleSpans(text);
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    if (insideTitle(titles, m.index, m.index + m[0].length)) continue;
    const st = projectStatus(text, m.index, m.index + m[0].length, lex);
    const fields = { kind: kinds.get(m[3]) ?? 'OTHER', status: st?.status ?? null, statusText: st?.statusText ?? null, section: null };
    for (const q of m[1].matchAll(new RegExp(ITEM, 'gu'))) {
      const i = m.index + q.index;
      out.push(spanCandidate(ctx, 'project', rule, i, i + q[0].length, { name: q[0].slice(1, -1), fields }));
    }
  }
  return out;
});
