import { RegionIndex } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate, RelationRule } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { between, clauseBounds, spanOf } from './relationHelpers';

const TARGET_KINDS = new Set(['project', 'region', 'agency', 'policy']);
/** at most this many characters between the policy and its support verb: `《…》助力`, `政策措施支持` */
const MAX_GAP = 6;

/**
 * A policy or programme supports a project, region, agency or other policy: the policy, then within a few
 * characters a support verb (支持, 推动, 助力, 惠及 … support-verbs.txt), then the target later in the same clause.
 * Also inside a title: a support verb followed by a region in the title's own text (《重庆市推动成渝地区双城经济圈建设
 * 行动方案》 → 成渝地区双城经济圈), since the region was folded into the title by OverlapRefiner.
 * Rejected: a target before the verb, or in another clause (`出台…政策,支持企业` names no entity).
 * Example (seed line 22): 《重庆市推动成渝地区双城经济圈建设行动方案》 SUPPORTS 成渝地区双城经济圈.
 */
export const SupportsRule: RelationRule = {
  name: 'relation.supports',
  extract(ctx: PassageContext, entities: readonly Candidate[]): RelationCandidate[] {
    const verbs = ctx.lexicon.words('support-verbs');
    const out: RelationCandidate[] = [];
    for (const p of entities) {
      if (p.kind !== 'policy') continue;
      out.push(...inTitle(ctx, p, verbs, this.name));
      const [, ce] = clauseBounds(ctx, p.end);
      const after = between(ctx, p.end, ce);
      let verbEnd = -1;
      for (const v of verbs) {
        const i = after.indexOf(v);
        if (i >= 0 && i <= MAX_GAP && (verbEnd < 0 || p.end + i + v.length < verbEnd)) verbEnd = p.end + i + v.length;
      }
      if (verbEnd < 0) continue;
      for (const t of entities) {
        if (t === p || !TARGET_KINDS.has(t.kind) || t.start < verbEnd || t.end > ce) continue;
        out.push({ type: RelType.SUPPORTS, from: p, to: t, rule: this.name, ...spanOf(p, t), fields: {} });
      }
    }
    return out;
  },
};

/** Regions after a support verb inside the title itself. */
function inTitle(ctx: PassageContext, p: Candidate, verbs: readonly string[], rule: string): RelationCandidate[] {
  const index = RegionIndex.of(ctx.lexicon);
  const local = p.start - ctx.passage.start;
  const title = ctx.text.slice(local, local + p.end - p.start);
  const firstVerb = Math.min(...verbs.map((v) => title.indexOf(v)).filter((i) => i >= 0));
  if (!Number.isFinite(firstVerb)) return [];
  const out: RelationCandidate[] = [];
  for (const m of index.gazetteer.find(title)) {
    if (m.start <= firstVerb) continue;
    const reading = index.resolve(m.entries, index.provinceOf(ctx.report.region));
    if (!reading || reading.ambiguous || index.isFalsePositive(reading.entry, ctx.text, local + m.start, local + m.end)) continue;
    if (out.some((r) => r.to.name === reading.entry.name)) continue;
    const to = regionEndpoint(reading.entry, { text: p.text.slice(m.start, m.end), start: p.start + m.start, end: p.start + m.end }, rule);
    out.push({ type: RelType.SUPPORTS, from: p, to, rule, start: p.start, end: p.end, fields: {} });
  }
  return out;
}
