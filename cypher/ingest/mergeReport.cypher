// Creates or updates a Report node; its text is kept in `body` (not `text`) so the full-text index, which
// covers `text`, indexes passages rather than whole reports.
// @param report: Map — id, name, title, issuer, region, year, period, publishDate, sourceUrl, sourceFile, body, chars, sha256
// @param regionId: String — id of the report's own Region node, or null
// @returns id
MERGE (r:Report {id: $report.id})
SET r += $report, r.ingestedAt = toString(datetime())
WITH r
OPTIONAL MATCH (r)-[old:ABOUT]->(:Region)
DELETE old
WITH DISTINCT r
OPTIONAL MATCH (g:Region {id: $regionId})
FOREACH (_ IN CASE WHEN g IS NULL THEN [] ELSE [1] END | MERGE (r)-[:ABOUT]->(g))
RETURN r.id AS id
