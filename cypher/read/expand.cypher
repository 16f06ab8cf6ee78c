// One breadth-first step of a neighbourhood: the relationships of the frontier nodes of the given types (all
// entity relationship types when null) and the nodes at their other ends, at most $limit relationships.
// When there are more, the types take turns (the first of each type, then the second …), so a hub's many
// relationships of one kind (MEASURES of a province) cannot crowd out the others (its PART_OF); each type
// reads at most $limit relationships per frontier node.
// @param ids: List<String> — frontier entity ids
// @param types: List<String>? — relationship types
// @param limit: Integer — most relationships returned
// @param minConfidence: Float — relationships less sure than this are left out (curated ones count as 1)
// @returns rel: Relationship, node: Node — node is the far end
// example params: {ids: ["region:重庆市"], types: null, limit: 201, minConfidence: 0.0}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:SUPPORTS]-(m:Entity) WHERE ($types IS NULL OR 'SUPPORTS' IN $types) AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN r, m LIMIT toInteger($limit)
  UNION
  MATCH (n)-[r:LOCATED_IN]-(m:Entity) WHERE ($types IS NULL OR 'LOCATED_IN' IN $types) AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN r, m LIMIT toInteger($limit)
  UNION
  MATCH (n)-[r:ISSUED_BY]-(m:Entity) WHERE ($types IS NULL OR 'ISSUED_BY' IN $types) AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN r, m LIMIT toInteger($limit)
  UNION
  MATCH (n)-[r:APPROVED_BY]-(m:Entity) WHERE ($types IS NULL OR 'APPROVED_BY' IN $types) AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN r, m LIMIT toInteger($limit)
  UNION
  MATCH (n)-[r:MEASURES]-(m:Entity) WHERE ($types IS NULL OR 'MEASURES' IN $types) AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN r, m LIMIT toInteger($limit)
  UNION
  MATCH (n)-[r:PART_OF]-(m:Entity) WHERE ($types IS NULL OR 'PART_OF' IN $types) AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN r, m LIMIT toInteger($limit)
  UNION
  MATCH (n)-[r:IMPLEMENTS]-(m:Entity) WHERE ($types IS NULL OR 'IMPLEMENTS' IN $types) AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN r, m LIMIT toInteger($limit)
}
WITH DISTINCT r, m
WITH type(r) AS t, collect({r: r, m: m}) AS rows
UNWIND range(0, size(rows) - 1) AS i
WITH i, t, rows[i] AS row
ORDER BY i, t
LIMIT toInteger($limit)
WITH row.r AS r, row.m AS m
RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, evidence: coalesce(r.evidence, []), basis: r.basis, derived: coalesce(r.derived, false), confidence: r.confidence,
        curated: coalesce(r.curated, false)} AS rel,
       {labels: labels(m), props: m {.*}} AS node
