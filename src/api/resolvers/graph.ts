import type { PathRow, RelationshipRow } from '../../store';
import { parseEvidence } from '../../store';
import type { KgContext } from '../context';
import type { ApiSource } from './shared';
import { toApiNode } from './shared';

type Ctx = KgContext;

/** Resolves evidence strings to Sources, loading the passages of one resolver level in one batch. */
export async function evidenceToSources(ctx: Ctx, evidence: readonly string[]): Promise<ApiSource[]> {
  const parsed = evidence.map(parseEvidence).filter((e): e is NonNullable<typeof e> => e !== null);
  const loader = ctx.batch('passagesById', (ids) => ctx.store.passagesByIds(ids, ctx.counter));
  return Promise.all(
    parsed.map(async (e) => {
      const p = e.passageId ? await loader.load(e.passageId) : undefined;
      const text = p ? String(p.text).slice(e.start - Number(p.start), e.end - Number(p.start)) : '';
      return { ...e, text };
    }),
  );
}

export const Relationship = {
  sources: (r: RelationshipRow, args: { first?: number | null }, ctx: Ctx) =>
    evidenceToSources(ctx, (r.evidence ?? []).slice(0, Math.min(Math.max(args.first ?? 10, 0), ctx.limits.maxPageSize))),
  // From the evidence strings alone: no round trip, so a whole neighbourhood can carry it.
  reportIds: (r: RelationshipRow, _: unknown, ctx: Ctx) => {
    const ids = (r.evidence ?? []).map((e) => parseEvidence(e)?.reportId).filter((id): id is string => Boolean(id));
    return [...new Set(ids)].slice(0, ctx.limits.maxPageSize);
  },
  curated: (r: RelationshipRow) => r.curated === true,
};

export function toApiPath(p: PathRow) {
  return { nodes: p.nodes.map(toApiNode), relationships: p.rels, length: p.length };
}

export const PolicyRegionLink = {
  sources: async (link: { path: ReturnType<typeof toApiPath> }, args: { perRelationship?: number | null }, ctx: Ctx) => {
    const n = Math.min(Math.max(args.perRelationship ?? 3, 0), 20);
    return evidenceToSources(ctx, link.path.relationships.flatMap((r) => (r.evidence ?? []).slice(0, n)));
  },
};
