// Baseline for the 3-level query projects → regions → parent, written as one hand-tuned statement.
// @param first: Integer — projects
MATCH (p:Project)
WITH p ORDER BY p.name, p.id LIMIT $first
OPTIONAL MATCH (p)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
WITH p, r, collect(parent.name) AS parents
RETURN p.name AS name, collect({name: r.name, parent: parents[0]}) AS regions
