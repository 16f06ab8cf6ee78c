import { RelType } from '../../records/labels';
import type { Candidate, RelationCandidate } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { between } from './relationHelpers';
import { regionsInName } from './regionsInName';
import { relationRule } from '../defineRule';

/** What a policy's name may be that states what it is for: a document, a plan or a programme (not a slogan). */
const TARGET_KINDS = new Set(['project', 'policy']);

/**
 * A policy whose own name says, with a verb, what it is for supports that thing: the verb (support-verbs.txt,
 * title-support-verbs.txt) stands right before a region, a project or a policy inside the name —
 * 《重庆市推动成渝地区双城经济圈建设行动方案》 → 成渝地区双城经济圈, 《加快建设西部陆海新通道五年行动方案》 → the
 * corridor named in the same passage, 《探索经济区与行政区适度分离改革推进方案》 → 经济区与行政区适度分离改革. The name
 * states it, so the edge is a clause reading (basis `clause`, role `subject`), unlike SupportsTitleRule's
 * derived place-in-a-title readings. The evidence is the name.
 * Rejected: a place that only opens the name (重庆市…方案: whose plan it is, SupportsTitleRule's jurisdiction), a
 * thing inside the name with no verb right before it (《数字重庆建设总体方案》), a model to learn from
 * (学习浙江…: title-region-stops.txt) and a project or policy of the passage that is not spelled out in the name.
 */
export const SupportsTitleVerbRule = relationRule('relation.supportsTitleVerb', (ctx, entities, rule) => {
  const verbs = [...ctx.lexicon.words('support-verbs'), ...ctx.lexicon.words('title-support-verbs')];
  const stops = ctx.lexicon.words('title-region-stops');
  const out: RelationCandidate[] = [];
  const afterVerb = (p: Candidate, at: number): boolean =>
    at > p.start && verbs.some((v) => at - v.length >= p.start && between(ctx, at - v.length, at) === v) && !stops.some((s) => between(ctx, at - s.length, at) === s);
  for (const p of entities) {
    if (p.kind !== 'policy') continue;
    const emit = (to: Candidate) => {
      if (!out.some((r) => r.from === p && r.to.name === to.name)) {
        out.push({ type: RelType.SUPPORTS, from: p, to, rule, start: p.start, end: p.end, fields: { basis: 'clause', role: 'subject' } });
      }
    };
    for (const r of regionsInName(ctx, p)) {
      if (afterVerb(p, r.start)) emit(regionEndpoint(r.entry, { text: r.surface, start: r.start, end: r.end }, rule));
    }
    const name = between(ctx, p.start, p.end);
    for (const t of entities) {
      if (t === p || !TARGET_KINDS.has(t.kind) || (t.start < p.end && p.start < t.end)) continue;
      // the thing as the passage names it, spelled out in the name after a verb
      for (const surface of new Set([between(ctx, t.start, t.end).replace(/^[“"]|[”"]$/g, ''), t.name])) {
        if (surface.length < 4) continue;
        for (let i = name.indexOf(surface); i >= 0; i = name.indexOf(surface, i + 1)) {
          if (afterVerb(p, p.start + i) && p.start + i + surface.length < p.end) emit(t);
        }
      }
    }
  }
  return out;
});
