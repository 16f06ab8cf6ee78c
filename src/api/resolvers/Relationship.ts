import type { RelationshipResolvers } from '../generated/graphql';

export const Relationship: RelationshipResolvers = {
  sources: (r, args, ctx) => ctx.evidence.load((r.evidence ?? []).slice(0, Math.min(Math.max(args.first ?? 10, 0), ctx.limits.maxPageSize))),
  curated: (r) => r.curated === true,
};
