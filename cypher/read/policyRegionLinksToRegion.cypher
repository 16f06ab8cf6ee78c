// How policies reach regions, to a given region: the same rows as policyRegionLinks.cypher (directed paths of at
// most $maxHops relationships from a policy through what it supports and where that is located, up the PART_OF
// hierarchy; shortest first, then by policy and region name), found one length at a time from the given end, a
// longer length only while fewer than $first paths are found: from a hub of a large graph the short paths answer
// and the long ones are never walked. The hop bound is the hard cap (4); $maxHops narrows it.
// @param policyId: String? — Policy.id, or null for any policy
// @param regionId: String? — Region.id, or null for any region
// @param maxHops: Integer — 1..4
// @param first: Integer — at most this many paths
// @param minConfidence: Float — every step at least this sure (curated steps count as 1)
// @returns nodes: List<Node>, rels: List<Relationship>, length: Integer
// example params: {policyId: null, regionId: "region:重庆市", maxHops: 3, first: 20, minConfidence: 0}
MATCH (r:Region {id: $regionId})
WITH r, [] AS found
CALL (r, found) {
  MATCH p = (pol:Policy)-[:SUPPORTS|IMPLEMENTS|LOCATED_IN|PART_OF]->(r)
  WHERE ($policyId IS NULL OR pol.id = $policyId)
    AND all(x IN relationships(p) WHERE coalesce(x.confidence, 1.0) >= $minConfidence)
  WITH p ORDER BY pol.name, r.name LIMIT toInteger($first)
  RETURN collect(p) AS more
}
WITH r, (found + more)[..toInteger($first)] AS found
CALL (r, found) {
  WITH r, found WHERE size(found) < $first AND $maxHops >= 2
  MATCH p = (pol:Policy)-[:SUPPORTS|IMPLEMENTS|LOCATED_IN|PART_OF*2..2]->(r)
  WHERE ($policyId IS NULL OR pol.id = $policyId)
    AND all(x IN relationships(p) WHERE coalesce(x.confidence, 1.0) >= $minConfidence)
  WITH p ORDER BY pol.name, r.name LIMIT toInteger($first)
  RETURN collect(p) AS more
}
WITH r, (found + more)[..toInteger($first)] AS found
CALL (r, found) {
  WITH r, found WHERE size(found) < $first AND $maxHops >= 3
  MATCH p = (pol:Policy)-[:SUPPORTS|IMPLEMENTS|LOCATED_IN|PART_OF*3..3]->(r)
  WHERE ($policyId IS NULL OR pol.id = $policyId)
    AND all(x IN relationships(p) WHERE coalesce(x.confidence, 1.0) >= $minConfidence)
  WITH p ORDER BY pol.name, r.name LIMIT toInteger($first)
  RETURN collect(p) AS more
}
WITH r, (found + more)[..toInteger($first)] AS found
CALL (r, found) {
  WITH r, found WHERE size(found) < $first AND $maxHops >= 4
  MATCH p = (pol:Policy)-[:SUPPORTS|IMPLEMENTS|LOCATED_IN|PART_OF*4..4]->(r)
  WHERE ($policyId IS NULL OR pol.id = $policyId)
    AND all(x IN relationships(p) WHERE coalesce(x.confidence, 1.0) >= $minConfidence)
  WITH p ORDER BY pol.name, r.name LIMIT toInteger($first)
  RETURN collect(p) AS more
}
WITH r, (found + more)[..toInteger($first)] AS found
UNWIND range(0, size(found) - 1) AS i
WITH found[i] AS p ORDER BY i
RETURN [n IN nodes(p) | {labels: labels(n), props: n {.*}}] AS nodes,
       [x IN relationships(p) | {type: type(x), from: startNode(x).id, to: endNode(x).id,
                                 evidence: coalesce(x.evidence, []), curated: coalesce(x.curated, false),
                                 basis: x.basis, derived: coalesce(x.derived, false), confidence: x.confidence}] AS rels,
       length(p) AS length
