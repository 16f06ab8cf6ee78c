// Creates or updates entity nodes (a batch). A curated node keeps its curated properties; a node a curator
// deleted (a Tombstone) is not brought back.
// @param reportId: String — Report.id
// @param nodes: List<Map> — id, label (a NodeLabel), name, properties (map)
// @returns count: Integer
UNWIND $nodes AS row
OPTIONAL MATCH (t:Tombstone {key: 'node:' + row.id})
WITH row WHERE t IS NULL
MERGE (n:Entity {id: row.id})
ON CREATE SET n.curated = false
SET n:$(row.label)
SET n += CASE WHEN n.curated THEN {} ELSE row.properties END,
    n.name = CASE WHEN n.curated THEN n.name ELSE row.name END,
    n.reportIds = CASE WHEN $reportId IN coalesce(n.reportIds, []) THEN n.reportIds ELSE coalesce(n.reportIds, []) + $reportId END
RETURN count(*) AS count
