import type { Candidate, PassageContext, Refiner } from '../Rule';

/**
 * Keeps one project per span: of two overlapping project candidates the longer stays (巫镇高速公路巫溪隧道 over a
 * shorter reading), and on equal spans the earlier rule in projectRules. Other kinds pass through untouched.
 */
export const ProjectOverlapRefiner: Refiner = {
  name: 'project.overlap',
  refine(_ctx: PassageContext, candidates: Candidate[]): Candidate[] {
    const projects = candidates.filter((c) => c.kind === 'project');
    const dropped = new Set<Candidate>();
    for (const a of projects) {
      for (const b of projects) {
        if (a === b || dropped.has(b) || a.start >= b.end || b.start >= a.end) continue;
        const la = a.end - a.start;
        const lb = b.end - b.start;
        if (la < lb || (la === lb && projects.indexOf(a) > projects.indexOf(b))) dropped.add(a);
      }
    }
    return candidates.filter((c) => !dropped.has(c));
  },
};
