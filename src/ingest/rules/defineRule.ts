import type { Lexicon } from '../lexicon/Lexicon';
import type { ReportRecords } from '../records/types';
import type { Candidate, CandidateKind, EntityRule, PassageContext, PassageEntities, RecordRule, Refiner, RelationCandidate, RelationRule, ReportRefiner } from './Rule';

/**
 * An entity rule from its stable name, its kind and its reading of a passage; the reading gets the rule's name for
 * the candidates it builds (spanCandidate). One shape for every rule file:
 * `export const PolicyTitleRule = entityRule('policy.title', 'policy', (ctx, rule) => …)`.
 */
export function entityRule(name: string, kind: CandidateKind, extract: (ctx: PassageContext, rule: string) => Candidate[]): EntityRule {
  return { name, kind, extract: (ctx) => extract(ctx, name) };
}

/**
 * A relation rule from its stable name and its reading of a passage's refined entities. `once`: a fact of the
 * gazetteer rather than of a sentence, emitted once per report with its best evidence (see RelationRule.once).
 */
export function relationRule(
  name: string,
  extract: (ctx: PassageContext, entities: readonly Candidate[], rule: string) => RelationCandidate[],
  options: { once?: boolean } = {},
): RelationRule {
  return { name, ...(options.once ? { once: true } : {}), extract: (ctx, entities) => extract(ctx, entities, name) };
}

/** A record rule from its stable name and its completion of a report's records. */
export function recordRule(name: string, complete: (records: ReportRecords, lexicon: Lexicon) => ReportRecords): RecordRule {
  return { name, complete };
}

/** A refiner from its stable name and its rewrite of a passage's candidates; `kind` when it works on one kind only. */
export function refiner(name: string, refine: (ctx: PassageContext, candidates: Candidate[]) => Candidate[], kind?: CandidateKind): Refiner {
  return { name, refine, ...(kind ? { kind } : {}) };
}

/** A report step from its stable name and its rewrite of every passage's refined entities (see ReportRefiner). */
export function reportRefiner(name: string, refine: (passages: readonly PassageEntities[]) => Candidate[][]): ReportRefiner {
  return { name, refine };
}
