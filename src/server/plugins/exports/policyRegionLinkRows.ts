import type { PathRow, Store } from '../../../store';
import type { LinkExportQuery } from './exportParams';

/** Columns of `/export/policy-region-links.csv`, in order. */
export const LINK_COLUMNS = ['policyId', 'policy', 'regionId', 'region', 'hops', 'path', 'evidence'] as const;

export type LinkRow = Record<(typeof LINK_COLUMNS)[number], string | number>;

/** Most paths read for one policy; a policy reaching more regions than this is cut (Cypher orders shortest first). */
export const MAX_PATHS_PER_POLICY = 10_000;

const nameOf = (n: PathRow['nodes'][number]) => String(n.props.name ?? n.id);

/** `重庆市…政策 -SUPPORTS-> 某项目 -LOCATED_IN-> 黔江区`: the path as names and relationship types. */
export function pathText(p: PathRow): string {
  return p.nodes.map((n, i) => (i === 0 ? nameOf(n) : ` -${p.rels[i - 1]?.type ?? '?'}-> ${nameOf(n)}`)).join('');
}

/**
 * Every path (at most `maxHops` relationships) by which a policy reaches a region, as CSV rows with the
 * quoted evidence of each step. Walks policies in name order `batch` at a time and asks `Store.policyRegionLinks`
 * for one policy at a time, so memory holds one policy's paths, not the whole graph's.
 * Example row: `{ policy: '…', region: '重庆市', hops: 2, path: '… -SUPPORTS-> … -LOCATED_IN-> 重庆市', evidence: '… | …' }`.
 */
export async function* policyRegionLinkRows(store: Store, query: LinkExportQuery, batch: number): AsyncGenerator<LinkRow> {
  for await (const policyId of policyIds(store, query.policyId, batch)) {
    const paths = await store.policyRegionLinks({ policyId, regionId: query.regionId, maxHops: query.maxHops, first: MAX_PATHS_PER_POLICY });
    const sources = await store.evidenceSources(paths.map((p) => p.rels.flatMap((r) => r.evidence ?? [])));
    for (const [i, p] of paths.entries()) {
      const policy = p.nodes[0];
      const region = p.nodes[p.nodes.length - 1];
      yield {
        policyId: policy.id,
        policy: nameOf(policy),
        regionId: region.id,
        region: nameOf(region),
        hops: p.length,
        path: pathText(p),
        evidence: sources[i].map((s) => s.text).filter(Boolean).join(' | '),
      };
    }
  }
}

async function* policyIds(store: Store, only: string | null, batch: number): AsyncGenerator<string> {
  if (only !== null) {
    yield only;
    return;
  }
  for (let offset = 0; ; offset += batch) {
    const page = await store.list('Policy', { where: {}, page: { offset, first: batch } });
    for (const p of page.items) yield p.id;
    if (page.items.length < batch || offset + page.items.length >= page.total) return;
  }
}
