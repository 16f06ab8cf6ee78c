// One breadth-first step of a neighbourhood: the relationships of the frontier nodes of the given types (all
// entity relationship types when null) and the nodes at their other ends, at most $limit relationships.
// @param ids: List<String> — frontier entity ids
// @param types: List<String>? — relationship types
// @param limit: Integer — most relationships returned
// @param minConfidence: Float — relationships less sure than this are left out (curated ones count as 1)
// @returns rel: Relationship, node: Node — node is the far end
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:SUPPORTS|LOCATED_IN|ISSUED_BY|APPROVED_BY|MEASURES|PART_OF|IMPLEMENTS]-(m:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND coalesce(r.confidence, 1.0) >= $minConfidence
WITH DISTINCT r, m
LIMIT toInteger($limit)
RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, evidence: coalesce(r.evidence, []), basis: r.basis, derived: coalesce(r.derived, false), confidence: r.confidence,
        curated: coalesce(r.curated, false)} AS rel,
       {labels: labels(m), props: m {.*}} AS node
