// Baseline for policyRegionLinks(regionId): the paths and their evidence strings, no API around them.
// @param regionId: String — Region.id
MATCH p = (pol:Policy)-[:SUPPORTS|IMPLEMENTS|LOCATED_IN|PART_OF*1..3]->(r:Region {id: $regionId})
WITH p ORDER BY length(p) LIMIT 20
RETURN [n IN nodes(p) | n.name] AS names, [x IN relationships(p) | x.evidence] AS evidence
