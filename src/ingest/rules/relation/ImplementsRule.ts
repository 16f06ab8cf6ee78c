import { RelType } from '../../records/labels';
import { agencyLexicon } from '../agency/agencyLexicon';
import type { Candidate, PassageContext, RelationCandidate } from '../Rule';
import { between, clauseBounds, LIST_JOINER, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';

/** Agencies that build and run things themselves (firms, and the institutes and universities that take part in
 * building a centre); a government or ministry that 推进 a project does not. */
const BUILDER_KINDS = new Set(['SOE', 'COMPANY', 'RESEARCH', 'UNIVERSITY']);
/** at most this many characters between the builder and the project: `国铁集团已完成` + project */
const MAX_GAP = 8;
/** at most this many characters between a body and the policy it carries out: `政府主要领导挂帅推进` + policy */
const MAX_POLICY_GAP = 10;
/** what may follow the verb before the policy: 实施了 */
const ASPECT = /了$/;

/**
 * An enterprise builds or runs a project. Two readings:
 * (1) the enterprise opens the project's own name (agency-names.txt, kind SOE or COMPANY): 中科曙光先进数据中心 →
 *     中科曙光, 华为人工智能计算中心 → 华为; the endpoint is the name's prefix;
 * (2) an SOE, company, institute or university mention, then within a few characters a verb of implement-verbs.txt
 *     (建设, 承建, 运营, 参与 …), then the project, in one clause: `国铁集团已完成黔江至吉首高速铁路项目勘察设计招标工作`,
 *     `省产业技术研究院深度参与长三角国家技术创新中心建设` (江苏 2026).
 * (3) a body of any kind that opens its clause (alone or as a 、-list of bodies), then within a few characters a verb
 *     of implement-policy-verbs.txt (创建, 实施, 开展 …) right before a policy, carries out that policy and every policy
 *     listed right after it with 和/、: `政府系统创建“五个纳入”决策机制和“十个到位”工作机制` (宁夏 2026) → two.
 * Rejected: governments, ministries and commissions for projects (`市政府推进…项目` is oversight, not building), a
 * project before the agency or in another clause, a name that is only the enterprise (华为 alone is no project); for
 * policies a body that does not open its clause (支持…, 省委确定的…: the body is the object or the author), a 的 or
 * another mention between body and verb (省委和省政府制定出台的关于…机制).
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
  out.push(...carriedPolicies(ctx, entities, rule));
  return out;
});

/** Reading (3): the bodies that open a clause carry out the policies their verb takes. */
function carriedPolicies(ctx: PassageContext, entities: readonly Candidate[], rule: string): RelationCandidate[] {
  const verbs = ctx.lexicon.words('implement-policy-verbs');
  const sorted = [...entities].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: RelationCandidate[] = [];
  for (const first of sorted) {
    if (first.kind !== 'agency') continue;
    const [cs, ce] = clauseBounds(ctx, first.start);
    if (first.start !== cs) continue;
    // the list of bodies that opens the clause: 省委、政府…
    const bodies = [first];
    for (let last = first; ; ) {
      const next = sorted.find((a) => a.kind === 'agency' && a.start > last.end && a.start <= last.end + 1 && LIST_JOINER.test(between(ctx, last.end, a.start)));
      if (!next) break;
      bodies.push(next);
      last = next;
    }
    const end = bodies[bodies.length - 1].end;
    const policy = sorted.find((p) => p.start >= end && p.end <= ce && p.kind !== 'region' && p.kind !== 'metric');
    if (!policy || policy.kind !== 'policy') continue;
    const gap = between(ctx, end, policy.start).replace(ASPECT, '');
    if (gap.length > MAX_POLICY_GAP || gap.includes('的') || !verbs.some((v) => gap.endsWith(v))) continue;
    const taken = [policy];
    for (let last = policy; ; ) {
      const next = sorted.find((p) => p.kind === 'policy' && p.start > last.end && p.end <= ce && LIST_JOINER.test(between(ctx, last.end, p.start)));
      if (!next) break;
      taken.push(next);
      last = next;
    }
    for (const a of bodies) {
      for (const p of taken) out.push({ type: RelType.IMPLEMENTS, from: a, to: p, rule, ...spanOf(a, p), fields: { basis: 'clause' } });
    }
  }
  return out;
}
