import type { Candidate, PassageContext, Refiner } from '../Rule';

/**
 * Keeps one agency per span: of two overlapping agency candidates the longer stays (市委全面深化改革委员会 over 市委),
 * and on equal spans the earlier rule in agencyRules (the gazetteer's canonical 国家发展改革委). Other kinds pass.
 */
export const AgencyOverlapRefiner: Refiner = {
  name: 'agency.overlap',
  refine(_ctx: PassageContext, candidates: Candidate[]): Candidate[] {
    const agencies = candidates.filter((c) => c.kind === 'agency');
    const dropped = new Set<Candidate>();
    for (const a of agencies) {
      for (const b of agencies) {
        if (a === b || dropped.has(b) || a.start >= b.end || b.start >= a.end) continue;
        const la = a.end - a.start;
        const lb = b.end - b.start;
        if (la < lb || (la === lb && agencies.indexOf(a) > agencies.indexOf(b))) dropped.add(a);
      }
    }
    return candidates.filter((c) => !dropped.has(c));
  },
};
