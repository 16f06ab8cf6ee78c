import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate } from '../Rule';
import { between, clauseBounds, LIST_JOINER, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';

/** at most this many characters between agency, verb and title: `国务院办公厅印发实施《` */
const MAX_GAP = 4;

/**
 * A policy issued by an agency, in either order within one clause: agency + issue verb + policy (`国务院印发《…》`,
 * `市政府出台《…》`), or policy + 由 + agency + verb (`《…》由国家发展改革委印发`). Verbs: issue-verbs.txt.
 * A list of agencies issues jointly: each listed agency is an issuer (`国家发展改革委、科技部联合印发《…》`,
 * `《…》由国家发展改革委、科技部联合印发`).
 * Rejected: an agency that only signs or attends (`与国务院国资委签署战略合作框架协议`), and the report's own
 * implicit voice (`印发实施《…》` with no agency named): who issued it is then not stated in the sentence.
 * Example: `国务院印发《扩大内需战略规划纲要(2022—2035年)》` → policy ISSUED_BY 国务院.
 */
export const IssuedByRule = relationRule('relation.issuedBy', (ctx, entities, rule) => {
  const verbs = ctx.lexicon.words('issue-verbs');
  const out: RelationCandidate[] = [];
  const agencies = entities.filter((e) => e.kind === 'agency');
  for (const p of entities) {
    if (p.kind !== 'policy') continue;
    const [cs, ce] = clauseBounds(ctx, p.start);
    // a listed agency is reached both on its own and through the list
    const seen = new Set<Candidate>();
    for (const a of agencies) {
      if (a.start < cs || a.end > ce) continue;
      const gap = a.end <= p.start ? between(ctx, a.end, p.start) : p.end <= a.start ? between(ctx, p.end, a.start) : null;
      if (gap === null) continue;
      let issuers: Candidate[] = [];
      if (a.end <= p.start) {
        if (verbs.some((v) => gap.includes(v) && gap.length <= v.length + MAX_GAP)) issuers = [...joined(ctx, a, agencies, -1), a];
      } else if (gap.replace(/\s/g, '') === '由') {
        const list = [a, ...joined(ctx, a, agencies, 1)];
        const last = list[list.length - 1];
        if (verbs.some((v) => between(ctx, last.end, last.end + v.length + 2).includes(v))) issuers = list;
      }
      for (const b of issuers) if (!seen.has(b) && seen.add(b)) out.push({ type: RelType.ISSUED_BY, from: p, to: b, rule: rule, ...spanOf(b, p), fields: { basis: 'clause' } });
    }
  }
  return out;
});

/** The agencies listed right before (`dir` -1) or after (1) `a`, each joined to the next by 、/和, in text order. */
function joined(ctx: PassageContext, a: Candidate, agencies: readonly Candidate[], dir: -1 | 1): Candidate[] {
  const out: Candidate[] = [];
  let at = a;
  for (;;) {
    const next =
      dir < 0
        ? agencies.find((b) => b.end < at.start && LIST_JOINER.test(between(ctx, b.end, at.start)))
        : agencies.find((b) => b.start > at.end && LIST_JOINER.test(between(ctx, at.end, b.start)));
    if (!next) return out;
    if (dir < 0) out.unshift(next);
    else out.push(next);
    at = next;
  }
}
