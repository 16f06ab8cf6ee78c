// The outgoing entity relationships of one batch of entities in id order, for streaming exports.
// @param afterId: String — the last source-node id of the previous batch ('' for the first)
// @param batch: Integer — source nodes per batch
// @returns lastId: String?, rels: List<Relationship> — lastId null: no entities left
MATCH (a:Entity)
WHERE a.id > $afterId
WITH a ORDER BY a.id
LIMIT toInteger($batch)
OPTIONAL MATCH (a)-[r:SUPPORTS|LOCATED_IN|ISSUED_BY|APPROVED_BY|MEASURES|PART_OF|IMPLEMENTS]->(b:Entity)
WITH a, r, b ORDER BY a.id, type(r), b.id
RETURN max(a.id) AS lastId,
       [x IN collect(CASE WHEN r IS NULL THEN null ELSE
          {type: type(r), from: a.id, to: b.id, evidence: coalesce(r.evidence, []), curated: coalesce(r.curated, false), basis: r.basis, derived: coalesce(r.derived, false), confidence: r.confidence, props: properties(r)} END)
        WHERE x IS NOT NULL] AS rels
