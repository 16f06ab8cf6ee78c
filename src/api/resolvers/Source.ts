import type { SourceResolvers } from '../generated/graphql';
import { requireLoaded } from './requireLoaded';
import { toApiNode } from './toApiNode';

export const Source: SourceResolvers = {
  report: (s, _, ctx) => requireLoaded(ctx, 'report', s.reportId),
  passage: async (s, _, ctx) => {
    if (!s.passageId) return null;
    const p = await ctx.nodes.load(s.passageId);
    return p ? toApiNode(p) : null;
  },
};
