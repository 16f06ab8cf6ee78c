import type { PolicyRegionLinkResolvers } from '../generated/graphql';

export const PolicyRegionLink: PolicyRegionLinkResolvers = {
  sources: (link, args, ctx) => {
    const n = Math.min(Math.max(args.perRelationship ?? 3, 0), 20);
    return ctx.evidence.load(link.path.relationships.flatMap((r) => (r.evidence ?? []).slice(0, n)));
  },
};
