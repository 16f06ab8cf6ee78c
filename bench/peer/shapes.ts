/**
 * The five query shapes, each written three times: for our API (public schema.graphql fields only), for the
 * peer (@neo4j/graphql over typeDefs.ts) and for the hand-written server (one parameterised Cypher). Every
 * shape asks the same fields, with the same sort order, tie-breaks and page sizes, and each answer normalises
 * to one flat list of ids (nesting shown by a `>` per level) so the three can be compared item for item.
 *
 * Ordering: our list fields sort by name then id (the only order `projects` and `policies` offer; ids are not
 * names, so "ordered by id" has no equivalent), so the peer and the hand-written queries sort by name, id too.
 */

/** A JSON value as the servers return it. */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export type ShapeKey = 'a' | 'b' | 'c' | 'd' | 'e';

export interface Shape {
  key: ShapeKey;
  name: string;
  /** GraphQL for our API */
  ours: string;
  /** GraphQL for @neo4j/graphql */
  peer: string;
  /** the hand-written server's Cypher and its parameters (integers are sent as Cypher integers) */
  cypher: string;
  params: Record<string, unknown>;
  /** the `data` of our answer → ids */
  oursIds(data: Json): string[];
  /** the `data` of the peer's answer → ids */
  peerIds(data: Json): string[];
  /** the hand-written server's rows → ids */
  cypherIds(rows: Json[]): string[];
  /** how our schema's query differs from the peer's, when it does */
  difference?: string;
}

const NODE_ID = 'project:渝昆高铁';
const byName = '[{ name: ASC }, { id: ASC }]';
const nest = (depth: number, id: string) => `${'>'.repeat(depth)}${id}`;

export const shapes: Shape[] = [
  {
    key: 'a',
    name: 'a node by id',
    ours: `{ node(id: "${NODE_ID}") { id name ... on Project { kind status } } }`,
    peer: `{ projects(where: { id: { eq: "${NODE_ID}" } }) { id name kind status } }`,
    cypher: `MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.name AS name, n.kind AS kind, n.status AS status`,
    params: { id: NODE_ID },
    oursIds: (d) => (d.node ? [d.node.id] : []),
    peerIds: (d) => d.projects.map((p: Json) => p.id),
    cypherIds: (rows) => rows.map((r) => r.id),
    difference:
      'ours is `node(id)` over every label (an interface); the peer has no cross-label lookup, so it filters the Project list (`projects(where: {id: {eq}})`, a list of 0..1)',
  },
  {
    key: 'b',
    name: 'b 30 projects→regions→parent',
    ours: `{ projects(first: 30) { nodes { id name regions(first: 5) { nodes { id name parent { id name } } } } } }`,
    peer: `{ projects(limit: 30, sort: ${byName}) { id name regions(limit: 5, sort: ${byName}) { id name parent { id name } } } }`,
    cypher: `MATCH (p:Project)
WITH p ORDER BY p.name, p.id LIMIT $first
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[:LOCATED_IN]->(r:Region)
    WITH r ORDER BY r.name, r.id LIMIT $regions
    RETURN r {.id, .name, parent: COLLECT {
      MATCH (r)-[:PART_OF]->(q:Region) WITH q ORDER BY q.name, q.id LIMIT 1 RETURN q {.id, .name}
    }[0]}
  } AS regions`,
    params: { first: 30, regions: 5 },
    oursIds: (d) =>
      d.projects.nodes.flatMap((p: Json) => [
        p.id,
        ...p.regions.nodes.flatMap((r: Json) => [nest(1, r.id), ...(r.parent ? [nest(2, r.parent.id)] : [])]),
      ]),
    peerIds: (d) =>
      d.projects.flatMap((p: Json) => [
        p.id,
        ...p.regions.flatMap((r: Json) => [nest(1, r.id), ...(r.parent ? [nest(2, r.parent.id)] : [])]),
      ]),
    cypherIds: (rows) =>
      rows.flatMap((p) => [p.id, ...p.regions.flatMap((r: Json) => [nest(1, r.id), ...(r.parent ? [nest(2, r.parent.id)] : [])])]),
    difference:
      'our `Region.parent` prefers the administrative parent the gazetteer names, then the first by name; the peer (1:1 `parent`) and the hand-written query take the only / first PART_OF by name. Every region of the bundled dataset has at most one PART_OF, so the answers are the same',
  },
  {
    key: 'c',
    name: 'c 50 policies→regions→projects',
    ours: `{ policies(first: 50) { nodes { id name supports(first: 10) { nodes { __typename id ... on Region { name projects(first: 5, includeSubregions: false) { nodes { id name } } } } } } } }`,
    peer: `{ policies(limit: 50, sort: ${byName}) { id name supportsRegions(limit: 10, sort: ${byName}) { id name projects(limit: 5, sort: ${byName}) { id name } } } }`,
    cypher: `MATCH (p:Policy)
WITH p ORDER BY p.name, p.id LIMIT $first
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[:SUPPORTS]->(r:Region)
    WITH r ORDER BY r.name, r.id LIMIT $regions
    RETURN r {.id, .name, projects: COLLECT {
      MATCH (x:Project)-[:LOCATED_IN]->(r) WITH x ORDER BY x.name, x.id LIMIT $projects RETURN x {.id, .name}
    }}
  } AS regions`,
    params: { first: 50, regions: 10, projects: 5 },
    oursIds: (d) =>
      d.policies.nodes.flatMap((p: Json) => [
        p.id,
        ...p.supports.nodes
          .filter((n: Json) => n.__typename === 'Region')
          .flatMap((r: Json) => [nest(1, r.id), ...r.projects.nodes.map((x: Json) => nest(2, x.id))]),
      ]),
    peerIds: (d) =>
      d.policies.flatMap((p: Json) => [
        p.id,
        ...p.supportsRegions.flatMap((r: Json) => [nest(1, r.id), ...r.projects.map((x: Json) => nest(2, x.id))]),
      ]),
    cypherIds: (rows) =>
      rows.flatMap((p) => [p.id, ...p.regions.flatMap((r: Json) => [nest(1, r.id), ...r.projects.map((x: Json) => nest(2, x.id))])]),
    difference:
      'our `Policy.supports` is one connection of every label a policy supports (a `NodeConnection`; the Region fragment picks the regions, and its page of 10 counts all labels; a page of 20 goes over our default query-cost limit), the peer has a typed `supportsRegions` field. In the bundled dataset every SUPPORTS ends at a Region (at most 3 per policy), so the pages hold the same regions. `Region.projects` needs `includeSubregions: false` to mean LOCATED_IN only',
  },
  {
    key: 'd',
    name: 'd metrics % >10 by value',
    ours: `{ metrics(where: { unit: ["%"], valueGt: 10 }, orderBy: [{ field: VALUE, direction: DESC }], first: 50) { nodes { id subject value unit region { id name } } } }`,
    peer: `{ metrics(where: { unit: { eq: "%" }, value: { gt: 10 } }, sort: [{ value: DESC }, { reportId: ASC }, { start: ASC }, { id: ASC }], limit: 50) { id subject value unit region { id name } } }`,
    cypher: `MATCH (m:Metric)
WHERE m.unit = $unit AND m.value > $valueGt
WITH m ORDER BY m.value DESC, m.reportId, m.start, m.id LIMIT $first
RETURN m.id AS id, m.subject AS subject, m.value AS value, m.unit AS unit,
  COLLECT { MATCH (m)-[:MEASURES]->(r:Region) WITH r ORDER BY r.name, r.id LIMIT 1 RETURN r {.id, .name} }[0] AS region`,
    params: { unit: '%', valueGt: 10.0, first: 50 },
    oursIds: (d) => d.metrics.nodes.flatMap((m: Json) => [m.id, ...(m.region ? [nest(1, m.region.id)] : [])]),
    peerIds: (d) => d.metrics.flatMap((m: Json) => [m.id, ...(m.region ? [nest(1, m.region.id)] : [])]),
    cypherIds: (rows) => rows.flatMap((m) => [m.id, ...(m.region ? [nest(1, m.region.id)] : [])]),
    difference:
      'our `orderBy` cannot add id as the second key: ties on value (27 of the first 50 in the bundled dataset are exactly 100%) fall back to our fixed tie-break, the order the reports state them (reportId, start, id); the peer sorts by value DESC, reportId, start, id explicitly and the hand-written query likewise',
  },
  {
    key: 'e',
    name: 'e 100 policies + totalCount',
    ours: `{ policies(first: 100) { totalCount nodes { id name } } }`,
    peer: `{ policiesConnection(first: 100, sort: ${byName}) { totalCount edges { node { id name } } } }`,
    cypher: `CALL () { MATCH (p:Policy) RETURN count(p) AS totalCount }
CALL () { MATCH (p:Policy) WITH p ORDER BY p.name, p.id LIMIT $first RETURN collect(p {.id, .name}) AS nodes }
RETURN totalCount, nodes`,
    params: { first: 100 },
    oursIds: (d) => [`total:${d.policies.totalCount}`, ...d.policies.nodes.map((p: Json) => p.id)],
    peerIds: (d) => [`total:${d.policiesConnection.totalCount}`, ...d.policiesConnection.edges.map((e: Json) => e.node.id)],
    cypherIds: (rows) => [`total:${rows[0].totalCount}`, ...rows[0].nodes.map((p: Json) => p.id)],
    difference: 'ours is a Relay connection with `nodes`; the peer\'s `policiesConnection` has `edges { node }` only',
  },
];

/** Parameter names the hand-written server sends as Cypher integers (LIMIT needs one). */
export const integerParams = new Set(['first', 'regions', 'projects']);
