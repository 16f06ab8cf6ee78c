import type { Candidate, EntityRule, PassageContext } from '../../../../src/ingest/rules/Rule';
import { metricRefiners, metricRules } from '../../../../src/ingest/rules/metric';

/** Runs metric rules over one passage the way the engine will: every rule, sort by span, then the refiners. */
export function runMetricRules(ctx: PassageContext, rules: readonly EntityRule[] = metricRules): Candidate[] {
  let candidates = rules
    .flatMap((rule) => rule.extract(ctx).map((c) => ({ ...c, rule: rule.name })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const refiner of metricRefiners) candidates = refiner.refine(ctx, candidates);
  return candidates;
}
