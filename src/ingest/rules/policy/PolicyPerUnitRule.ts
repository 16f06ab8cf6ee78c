import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { PolicyKind } from './PolicyKind';
import { entityRule } from '../defineRule';

// one measure for each unit of a kind: 一县一策, 一企一策, 一断面一策, quoted or not; 一企一策一专班 is one name
const PER_UNIT = /(“)?(一[\p{Script=Han}]{1,3}一策(?:一[\p{Script=Han}]{1,3})?)(”)?/gu;

/**
 * Matches tailored measures named by their unit: “一县一策”推进山区库区高质量发展 → 一县一策 (MEASURES), 一企一策,
 * “一断面一策”. The mention keeps its quotes when both stand around it; a 、-list of units (一宗地一策、一地块一策)
 * gives one each. The unit must not hold 一 (一策一策 is no name).
 * Example (seed line 22): 二是“一县一策”推进山区库区高质量发展 → 一县一策, MEASURES.
 */
export const PolicyPerUnitRule = entityRule('policy.perUnit', 'policy', (ctx, rule) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(PER_UNIT)) {
    const name = m[2];
    if (name.slice(1, name.indexOf('一策')).includes('一')) continue;
    const quoted = m[1] !== undefined && m[3] !== undefined;
    const start = quoted ? m.index : m.index + (m[1]?.length ?? 0);
    const end = quoted ? m.index + m[0].length : start + name.length;
    out.push(spanCandidate(ctx, 'policy', rule, start, end, { name, fields: { kind: PolicyKind.MEASURES } }));
  }
  return out;
});
