// Creates or updates relationships between entities (a batch), appending this report's evidence strings
// ("reportId|passageId|start|end|rule"). A relationship a curator removed (a Tombstone) is not brought back.
// @param reportId: String — Report.id
// @param edges: List<Map> — from, to, type (a RelType), properties (map), evidence (List<String>)
// @returns count: Integer
// Planned afresh every time, as ingest/bulkMergeEdges is: a plan cached while the database held few relationships
// matches each row's relationship by scanning all relationships.
CYPHER replan=force
UNWIND $edges AS e
OPTIONAL MATCH (t:Tombstone {key: 'edge:' + e.from + '|' + e.type + '|' + e.to})
WITH e WHERE t IS NULL
MATCH (a:Entity {id: e.from})
MATCH (b:Entity {id: e.to})
MERGE (a)-[r:$(e.type)]->(b)
ON CREATE SET r.curated = false, r.evidence = [], r.reportIds = []
SET r += e.properties,
    r.evidence = [x IN r.evidence WHERE NOT x IN e.evidence] + e.evidence,
    r.reportIds = CASE WHEN $reportId IN r.reportIds THEN r.reportIds ELSE r.reportIds + $reportId END
RETURN count(*) AS count
