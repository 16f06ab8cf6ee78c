import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { wordBoundsOf, wordsOf } from '../wordsOf';
import { PolicyKind } from './PolicyKind';
import { entityRule } from '../defineRule';

// a macro-region's development: 京津冀协同发展, 长三角一体化发展, 长江经济带高质量发展, 京津冀重点领域协同发展
const DEVELOPMENT = /^((?:重点领域)?(?:协同|一体化|高质量)?发展)/u;
const DEVELOPMENT_AT = /发展/g;
// the longest macro-region name and field before its 发展 (成渝地区双城经济圈 + 重点领域协同)
const WINDOW = 16;
// jieba's tags of nouns that would make 发展 a modifier (长江经济带发展战略 is PolicyNamedRule's 战略)
const NOUN_TAGS = new Set(['n', 'ng', 'nz', 'vn']);

/**
 * Matches the national regional strategies named by a macro-region of the gazetteer and its development:
 * 更好融入和服务长三角一体化发展和长江经济带发展 → 长三角一体化发展, 长江经济带发展 (STRATEGY). The region must be a
 * gazetteer place of level macro_region (长三角, 京津冀, 长江经济带, 粤港澳大湾区 …) starting a word, and no noun may
 * follow (…发展战略, …发展示范区 are other names). Building a region (成渝地区双城经济圈建设) is the region, not a
 * strategy, and is not read. The region stays a mention of its own (CandidateWork.holdsPlace).
 * Example (江苏 2026): the sentence above → two STRATEGYs.
 */
export const PolicyRegionalStrategyRule = entityRule('policy.regionalStrategy', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const words = wordsOf(ctx);
  const gazetteer = RegionIndex.of(ctx.lexicon).gazetteer;
  const { starts } = wordBoundsOf(ctx);
  const out: Candidate[] = [];
  // read only the few characters before each 发展: the whole passage needs no second gazetteer scan
  for (const dev of text.matchAll(DEVELOPMENT_AT)) {
    const from = Math.max(0, dev.index - WINDOW);
    for (const hit of gazetteer.find(text.slice(from, dev.index + dev[0].length))) {
      const m = { start: from + hit.start, end: from + hit.end, entries: hit.entries };
      if (!starts.has(m.start) || !m.entries.some((e) => e.entry.level === 'macro_region')) continue;
      const d = DEVELOPMENT.exec(text.slice(m.end, m.end + 12));
      // the development must be the one this 发展 closes
      if (!d || m.end + d[0].length !== dev.index + dev[0].length) continue;
      const end = m.end + d[0].length;
      const next = words.find((w) => w.start === end);
      if (!words.some((w) => w.end === end) || (next && NOUN_TAGS.has(next.tag))) continue;
      out.push(spanCandidate(ctx, 'policy', rule, m.start, end, { name: text.slice(m.start, end), fields: { kind: PolicyKind.STRATEGY }, work: { holdsPlace: true } }));
    }
  }
  return out;
});
