import { RelType } from '../../records/labels';
import { agencyLexicon } from '../agency/agencyLexicon';
import type { Candidate, RelationCandidate } from '../Rule';
import { between, clauseBounds, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';

/** Agencies that build and run things themselves; a government or ministry that 推进 a project does not. */
const BUILDER_KINDS = new Set(['SOE', 'COMPANY']);
/** at most this many characters between the builder and the project: `国铁集团已完成` + project */
const MAX_GAP = 8;

/**
 * An enterprise builds or runs a project. Two readings:
 * (1) the enterprise opens the project's own name (agency-names.txt, kind SOE or COMPANY): 中科曙光先进数据中心 →
 *     中科曙光, 华为人工智能计算中心 → 华为; the endpoint is the name's prefix;
 * (2) an SOE or company mention, then within a few characters a verb of implement-verbs.txt (建设, 承建, 运营 …),
 *     then the project, in one clause: `国铁集团已完成黔江至吉首高速铁路项目勘察设计招标工作`.
 * Rejected: governments, ministries and commissions (`市政府推进…项目` is oversight, not building), a project
 * before the agency or in another clause, and a name that is only the enterprise (华为 alone is no project).
 * Example (seed line 13): `中科曙光先进数据中心和华为人工智能计算中心项目均已进入试运营阶段` → 中科曙光 IMPLEMENTS 中科曙光先进数据中心.
 */
export const ImplementsRule = relationRule('relation.implements', (ctx, entities, rule) => {
  const verbs = ctx.lexicon.words('implement-verbs');
  const names = agencyLexicon(ctx.lexicon).names;
  const out: RelationCandidate[] = [];
  for (const p of entities) {
    if (p.kind !== 'project') continue;
    const local = p.start - ctx.passage.start;
    const own = ctx.text.slice(local, local + p.end - p.start);
    const hit = names.search(own, { strategy: 'leftmost-longest' }).find((m) => m.start === 0);
    const builder = hit?.data;
    if (hit && builder && !builder.level && BUILDER_KINDS.has(builder.kind) && hit.end < own.length) {
      const from: Candidate = {
        kind: 'agency',
        rule: rule,
        text: p.text.slice(0, hit.end),
        start: p.start,
        end: p.start + hit.end,
        name: builder.canonical,
        fields: { kind: builder.kind },
      };
      out.push({ type: RelType.IMPLEMENTS, from, to: p, rule: rule, start: p.start, end: p.end, fields: { basis: 'name' } });
    }
    const [cs] = clauseBounds(ctx, p.start);
    for (const a of entities) {
      if (a.kind !== 'agency' || !BUILDER_KINDS.has(String(a.fields.kind)) || a.start < cs || a.end > p.start) continue;
      const gap = between(ctx, a.end, p.start);
      if (gap.length > MAX_GAP || !verbs.some((v) => gap.includes(v))) continue;
      if (out.some((r) => r.from.name === a.name && r.to === p)) continue;
      out.push({ type: RelType.IMPLEMENTS, from: a, to: p, rule: rule, ...spanOf(a, p), fields: { basis: 'clause' } });
    }
  }
  return out;
});
