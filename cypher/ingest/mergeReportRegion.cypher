// Links a report to the region it is about (after the region node is merged), replacing an earlier link.
// @param reportId: String — Report.id
// @param regionId: String? — Region.id
// @returns linked: Boolean
MATCH (r:Report {id: $reportId})
OPTIONAL MATCH (r)-[old:ABOUT]->(:Region)
DELETE old
WITH DISTINCT r
OPTIONAL MATCH (g:Region {id: $regionId})
FOREACH (_ IN CASE WHEN g IS NULL THEN [] ELSE [1] END | MERGE (r)-[:ABOUT]->(g))
RETURN g IS NOT NULL AS linked
