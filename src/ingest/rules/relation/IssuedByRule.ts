import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate, RelationRule } from '../Rule';
import { between, clauseBounds, spanOf } from './relationHelpers';

/** at most this many characters between agency, verb and title: `国务院办公厅印发实施《` */
const MAX_GAP = 4;

/**
 * A policy issued by an agency, in either order within one clause: agency + issue verb + policy (`国务院印发《…》`,
 * `市政府出台《…》`), or policy + 由 + agency + verb (`《…》由国家发展改革委印发`). Verbs: issue-verbs.txt.
 * Rejected: an agency that only signs or attends (`与国务院国资委签署战略合作框架协议`), and the report's own
 * implicit voice (`印发实施《…》` with no agency named): who issued it is then not stated in the sentence.
 * Example: `国务院印发《扩大内需战略规划纲要(2022—2035年)》` → policy ISSUED_BY 国务院.
 */
export const IssuedByRule: RelationRule = {
  name: 'relation.issuedBy',
  extract(ctx: PassageContext, entities: readonly Candidate[]): RelationCandidate[] {
    const verbs = ctx.lexicon.words('issue-verbs');
    const out: RelationCandidate[] = [];
    const agencies = entities.filter((e) => e.kind === 'agency');
    for (const p of entities) {
      if (p.kind !== 'policy') continue;
      const [cs, ce] = clauseBounds(ctx, p.start);
      for (const a of agencies) {
        if (a.start < cs || a.end > ce) continue;
        const gap = a.end <= p.start ? between(ctx, a.end, p.start) : p.end <= a.start ? between(ctx, p.end, a.start) : null;
        if (gap === null) continue;
        const issued =
          a.end <= p.start
            ? verbs.some((v) => gap.includes(v) && gap.length <= v.length + MAX_GAP)
            : gap.replace(/\s/g, '') === '由' && verbs.some((v) => between(ctx, a.end, a.end + v.length + 2).includes(v));
        if (issued) out.push({ type: RelType.ISSUED_BY, from: p, to: a, rule: this.name, ...spanOf(a, p), fields: {} });
      }
    }
    return out;
  },
};
