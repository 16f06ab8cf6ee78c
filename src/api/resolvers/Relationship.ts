import { parseEvidence } from '../../store';
import { pageSize } from '../args/pagination';
import type { RelationshipResolvers } from '../generated/graphql';
import { DEFAULT_RELATIONSHIP_SOURCES } from '../limits';

export const Relationship: RelationshipResolvers = {
  sources: (r, args, ctx) => ctx.evidence.load((r.evidence ?? []).slice(0, pageSize(args.first, ctx.limits.maxPageSize, DEFAULT_RELATIONSHIP_SOURCES))),
  // From the evidence strings alone: no round trip, so a whole neighbourhood can carry it.
  reportIds: (r, _args, ctx) => {
    const ids = (r.evidence ?? []).map((e) => parseEvidence(e)?.reportId).filter((id): id is string => Boolean(id));
    return [...new Set(ids)].slice(0, ctx.limits.maxPageSize);
  },
  curated: (r) => r.curated === true,
  basis: (r) => r.basis ?? null,
  derived: (r) => r.derived === true,
  confidence: (r) => (r.curated ? 1 : (r.confidence ?? 1)),
};
