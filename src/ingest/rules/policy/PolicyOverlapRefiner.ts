import type { Candidate, PassageContext, Refiner } from '../Rule';

/**
 * Keeps one policy per span: when two policy candidates overlap, the longer one stays (“支持市场主体发展36条政策措施”
 * with its quotes over the same name found by another rule), and on equal spans the earlier rule in policyRules.
 * Other kinds pass through untouched.
 */
export const PolicyOverlapRefiner: Refiner = {
  name: 'policy.overlap',
  refine(_ctx: PassageContext, candidates: Candidate[]): Candidate[] {
    const policies = candidates.filter((c) => c.kind === 'policy');
    const dropped = new Set<Candidate>();
    for (const a of policies) {
      for (const b of policies) {
        if (a === b || dropped.has(b) || a.start >= b.end || b.start >= a.end) continue;
        const la = a.end - a.start;
        const lb = b.end - b.start;
        if (la < lb || (la === lb && policies.indexOf(a) > policies.indexOf(b))) dropped.add(a);
      }
    }
    return candidates.filter((c) => !dropped.has(c));
  },
};
