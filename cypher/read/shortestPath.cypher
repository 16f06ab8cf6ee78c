// The shortest path between two entities over entity relationships, in either direction, of at most $maxHops
// (hard cap 6 in the pattern).
// @param from: String — entity id
// @param to: String — entity id (different from $from)
// @param maxHops: Integer — 1..6
// @returns nodes: List<Node>, rels: List<Relationship>, length: Integer
// example params: {from: "region:渝西地区", to: "region:重庆市", maxHops: 4}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:SUPPORTS|LOCATED_IN|ISSUED_BY|APPROVED_BY|MEASURES|PART_OF|IMPLEMENTS*..6]-(b))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | {labels: labels(n), props: n {.*}}] AS nodes,
       [x IN relationships(p) | {type: type(x), from: startNode(x).id, to: endNode(x).id,
                                 evidence: coalesce(x.evidence, []), curated: coalesce(x.curated, false),
                                 basis: x.basis, derived: coalesce(x.derived, false), confidence: x.confidence}] AS rels,
       length(p) AS length
