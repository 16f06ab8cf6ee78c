import { pageSize } from '../args/pagination';
import type { RelationshipResolvers } from '../generated/graphql';
import { DEFAULT_RELATIONSHIP_SOURCES } from '../limits';

export const Relationship: RelationshipResolvers = {
  sources: (r, args, ctx) => ctx.evidence.load((r.evidence ?? []).slice(0, pageSize(args.first, ctx.limits.maxPageSize, DEFAULT_RELATIONSHIP_SOURCES))),
  curated: (r) => r.curated === true,
};
