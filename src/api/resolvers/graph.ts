import type { PathRow, RelationshipRow } from '../../store';
import type { KgContext } from '../context';
import { toApiNode } from './shared';

type Ctx = KgContext;

export const Relationship = {
  sources: (r: RelationshipRow, args: { first?: number | null }, ctx: Ctx) =>
    ctx.evidence.load((r.evidence ?? []).slice(0, Math.min(Math.max(args.first ?? 10, 0), ctx.limits.maxPageSize))),
  curated: (r: RelationshipRow) => r.curated === true,
};

export function toApiPath(p: PathRow) {
  return { nodes: p.nodes.map(toApiNode), relationships: p.rels, length: p.length };
}

export const PolicyRegionLink = {
  sources: async (link: { path: ReturnType<typeof toApiPath> }, args: { perRelationship?: number | null }, ctx: Ctx) => {
    const n = Math.min(Math.max(args.perRelationship ?? 3, 0), 20);
    return ctx.evidence.load(link.path.relationships.flatMap((r) => (r.evidence ?? []).slice(0, n)));
  },
};
