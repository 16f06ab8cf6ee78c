// Creates a report's sections (a batch): top-level ones hang off the Report, nested ones off their parent.
// @param reportId: String — Report.id
// @param sections: List<Map> — id, parentId, level, number, title, order, start, end
// @returns count: Integer
MATCH (rep:Report {id: $reportId})
UNWIND $sections AS s
MERGE (sec:Section {id: s.id})
SET sec.reportId = $reportId, sec.level = s.level, sec.number = s.number, sec.title = s.title,
    sec.order = s.order, sec.start = s.start, sec.end = s.end, sec.parentId = s.parentId
WITH rep, sec, s
OPTIONAL MATCH (parent:Section {id: s.parentId})
WITH sec, coalesce(parent, rep) AS owner
MERGE (owner)-[:HAS_SECTION]->(sec)
RETURN count(*) AS count
