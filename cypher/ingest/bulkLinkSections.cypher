// Links nested sections of new reports to their parent section (after bulkCreateSections created them all).
// @param links: List<Map> — parentId, id (one row per distinct pair)
// @returns count: Integer
UNWIND $links AS l
MATCH (parent:Section {id: l.parentId})
MATCH (sec:Section {id: l.id})
CREATE (parent)-[:HAS_SECTION]->(sec)
RETURN count(*) AS count
