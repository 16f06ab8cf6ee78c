// How policies reach regions: directed paths of at most $maxHops relationships from a policy through what it
// supports (projects, programmes, regions) and where those are located, up the PART_OF hierarchy, shortest
// first. The hop bound in the pattern is the hard cap (4); $maxHops narrows it.
// @param policyId: String? — Policy.id, or null for any policy
// @param regionId: String? — Region.id, or null for any region
// @param maxHops: Integer — 1..4
// @param first: Integer — at most this many paths
// @param minConfidence: Float — every step at least this sure (curated steps count as 1)
// @returns nodes: List<Node>, rels: List<Relationship>, length: Integer
// example params: {policyId: null, regionId: "region:重庆市", maxHops: 3, first: 20, minConfidence: 0}
MATCH p = (pol:Policy)-[:SUPPORTS|IMPLEMENTS|LOCATED_IN|PART_OF*1..4]->(r:Region)
WHERE ($policyId IS NULL OR pol.id = $policyId)
  AND ($regionId IS NULL OR r.id = $regionId)
  AND length(p) <= $maxHops
  AND all(x IN relationships(p) WHERE coalesce(x.confidence, 1.0) >= $minConfidence)
WITH p ORDER BY length(p), pol.name, r.name
LIMIT toInteger($first)
RETURN [n IN nodes(p) | {labels: labels(n), props: n {.*}}] AS nodes,
       [x IN relationships(p) | {type: type(x), from: startNode(x).id, to: endNode(x).id,
                                 evidence: coalesce(x.evidence, []), curated: coalesce(x.curated, false),
                                 basis: x.basis, derived: coalesce(x.derived, false), confidence: x.confidence}] AS rels,
       length(p) AS length
