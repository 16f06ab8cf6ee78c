// Creates or confirms a typed relationship between two existing entities as a curated fact with evidence, and
// lifts a Tombstone left by an earlier unlink. Returns nothing when either end does not exist.
// @param from: String — entity id
// @param to: String — entity id
// @param type: String — a RelType
// @param curatedBy: String — who
// @param evidence: String? — "reportId|passageId|start|end|curated"
// @returns rel: Relationship — no row when either end is missing
// example params: {from: "policy:示例", to: "region:重庆市", type: "SUPPORTS", curatedBy: "test", evidence: null}
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r.evidence = [], r.reportIds = []
SET r.curated = true,
    r.curatedBy = $curatedBy,
    r.curatedAt = toString(datetime()),
    r.evidence = CASE WHEN $evidence IS NULL OR $evidence IN r.evidence THEN r.evidence ELSE r.evidence + $evidence END
WITH a, b, r
OPTIONAL MATCH (t:Tombstone {key: 'edge:' + $from + '|' + $type + '|' + $to})
DELETE t
RETURN {type: type(r), from: a.id, to: b.id, evidence: r.evidence, curated: r.curated} AS rel
