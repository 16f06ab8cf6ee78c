import type { Candidate, PassageContext, Refiner } from '../Rule';

/**
 * Removes the `_`-prefixed working fields the metric rules leave for the metric refiners (value span, predicate
 * start, 分别 group), so only documented properties reach the graph. Runs last. Example: `{ value: 4.6, _vs: 120 }`
 * → `{ value: 4.6 }`.
 */
export const MetricCleanupRefiner: Refiner = {
  name: 'metric.cleanup',
  refine(_ctx: PassageContext, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => {
      if (c.kind !== 'metric' || !Object.keys(c.fields).some((k) => k.startsWith('_'))) return c;
      const fields = Object.fromEntries(Object.entries(c.fields).filter(([k]) => !k.startsWith('_')));
      return { ...c, fields };
    });
  },
};
