// One breadth-first step of a neighbourhood: the relationships of the frontier nodes of the given types (all
// entity relationship types when null) and the nodes at their other ends, at most $limit relationships.
// @param ids: List<String> — frontier entity ids
// @param types: List<String>? — relationship types
// @param limit: Integer — most relationships returned
// @returns rel: Relationship, node: Node — node is the far end
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:SUPPORTS|LOCATED_IN|ISSUED_BY|APPROVED_BY|MEASURES|PART_OF|IMPLEMENTS]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH DISTINCT r, m
LIMIT toInteger($limit)
RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, evidence: coalesce(r.evidence, []),
        curated: coalesce(r.curated, false)} AS rel,
       {labels: labels(m), props: m {.*}} AS node
