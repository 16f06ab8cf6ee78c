// Creates or updates entity nodes for several new reports at once: one row per entity, its properties merged
// in report order and the reports that mention it, with the rules of ingest/mergeNodes (a curated node keeps its
// name and properties). Rows of nodes a curator deleted (a Tombstone) are left out by the caller
// (ingest/bulkTombstoned), so a load into a database without tombstones looks none up.
// @param nodes: List<Map> — id, label (a NodeLabel), name, properties (map), reportIds (List<String>, in load order)
// @returns count: Integer
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.curated = false
SET n:$(row.label)
SET n += CASE WHEN n.curated THEN {} ELSE row.properties END,
    n.name = CASE WHEN n.curated THEN n.name ELSE row.name END,
    n.reportIds = coalesce(n.reportIds, []) + [x IN row.reportIds WHERE NOT x IN coalesce(n.reportIds, [])]
RETURN count(*) AS count
