// Links new reports to the region each is about (after the region nodes are merged), as ingest/mergeReportRegion
// does; a report created in the same transaction has no ABOUT yet, so CREATE (MERGE could scan every relationship
// under a plan made on an empty database).
// @param links: List<Map> — reportId, regionId
// @returns count: Integer
UNWIND $links AS l
MATCH (r:Report {id: l.reportId})
MATCH (g:Region {id: l.regionId})
CREATE (r)-[:ABOUT]->(g)
RETURN count(*) AS count
