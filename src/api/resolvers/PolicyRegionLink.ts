import { pageSize } from '../args/pagination';
import type { PolicyRegionLinkResolvers } from '../generated/graphql';
import { SOURCES_PER_RELATIONSHIP } from '../limits';

export const PolicyRegionLink: PolicyRegionLinkResolvers = {
  sources: (link, args, ctx) => {
    const n = pageSize(args.perRelationship, SOURCES_PER_RELATIONSHIP.max, SOURCES_PER_RELATIONSHIP.default, 'perRelationship');
    return ctx.evidence.load(link.path.relationships.flatMap((r) => (r.evidence ?? []).slice(0, n)));
  },
};
