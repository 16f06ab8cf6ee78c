import type { Candidate, CandidateKind, PassageContext, Refiner } from '../rules/Rule';

/**
 * Keeps one candidate of `kind` per span: of two overlapping candidates of that kind the longer stays, and on
 * equal spans the one listed first, which is the earlier rule's (the engine sorts a passage's candidates by span
 * with a stable sort, so equal spans stay in rule order). Other kinds pass through untouched: OverlapRefiner
 * settles overlaps across kinds. Used by the policy, project and agency folders, each under its own `name`.
 * Example: 市委全面深化改革委员会 (AgencySuffixRule) over the 市委 inside it (AgencyGazetteerRule).
 */
export function sameKindOverlapRefiner(kind: CandidateKind, name: string): Refiner {
  return {
    name,
    kind,
    refine(_ctx: PassageContext, candidates: Candidate[]): Candidate[] {
      const same = candidates.filter((c) => c.kind === kind);
      const dropped = new Set<Candidate>();
      for (const a of same) {
        for (const b of same) {
          if (a === b || dropped.has(b) || a.start >= b.end || b.start >= a.end) continue;
          const la = a.end - a.start;
          const lb = b.end - b.start;
          if (la < lb || (la === lb && same.indexOf(a) > same.indexOf(b))) dropped.add(a);
        }
      }
      return candidates.filter((c) => !dropped.has(c));
    },
  };
}
