/**
 * What the scale benchmark asks our API at every size: the five shapes a–e of the peer benchmark
 * (bench/peer/shapes.ts, our API's query of each) and policyRegionLinks, search and neighborhood, as the explorer
 * and bench/api.ts ask them. The ids are the synthetic graph's own: the first synthetic report's most mentioned
 * project (for a), its region (policyRegionLinks, neighborhood) and its most mentioned policy's name (search: a fixed
 * term such as 陆海新通道 is in the synthetic text only when the random draw of templates holds a report that says it).
 * Reports are generated as a prefix of one random stream, so these are the same nodes at every size and only the
 * graph around them grows.
 */
import type { ReportRecords } from '../../src/ingest';
import { shapes as peerShapes } from '../peer/shapes';

export interface ScaleShape {
  key: string;
  name: string;
  query: string;
}

/** The national hub every report's country-level region hangs off (a template entity kept as itself). */
export const HUB_REGION = 'region:中华人民共和国';
const PEER_NODE_ID = 'project:渝昆高铁';

export interface ShapeTargets {
  projectId: string;
  regionId: string;
  searchTerm: string;
}

/** The first report's node of `label` with the most mentions (ties by id), or an error naming what is missing. */
function mostMentioned(first: ReportRecords, label: string) {
  const nodes = first.nodes.filter((n) => n.label === label).sort((a, b) => b.sources.length - a.sources.length || a.id.localeCompare(b.id));
  if (nodes.length === 0) throw new Error(`the first synthetic report ${first.report.id} has no ${label}`);
  return nodes[0];
}

/** The ids and the search term the shapes use, from the first synthetic report. */
export function shapeTargets(first: ReportRecords): ShapeTargets {
  const regionId = first.edges.find((e) => e.type === 'ABOUT')?.to;
  if (!regionId) throw new Error(`the first synthetic report ${first.report.id} has no ABOUT region`);
  return { projectId: mostMentioned(first, 'Project').id, regionId, searchTerm: mostMentioned(first, 'Policy').name };
}

export function scaleShapes(targets: ShapeTargets): ScaleShape[] {
  const json = (s: string) => JSON.stringify(s);
  const fromPeer = peerShapes.map((s) => ({
    key: s.key,
    name: s.name,
    query: s.ours.split(json(PEER_NODE_ID)).join(json(targets.projectId)),
  }));
  return [
    ...fromPeer,
    {
      key: 'links',
      name: 'policyRegionLinks(region)',
      query: `{ policyRegionLinks(regionId: ${json(targets.regionId)}, first: 20) { length policy { name } path { nodes { name } } sources { text } } }`,
    },
    {
      key: 'search',
      name: `search(${targets.searchTerm})`,
      query: `{ search(query: ${json(targets.searchTerm)}, first: 20) { score node { id name } } }`,
    },
    {
      key: 'nbhd',
      name: 'neighborhood(region)',
      query: `{ neighborhood(id: ${json(targets.regionId)}, depth: 1, first: 50) { truncated nodes { __typename id name } relationships { type from to } } }`,
    },
    {
      key: 'hub',
      name: 'neighborhood(中华人民共和国)',
      query: `{ neighborhood(id: ${json(HUB_REGION)}, depth: 1, first: 50) { truncated nodes { __typename id name } relationships { type from to } } }`,
    },
  ];
}
