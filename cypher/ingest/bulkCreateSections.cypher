// Creates the sections of new reports (a batch, one row per section id: the properties ingest/mergeSections
// would leave), with HAS_SECTION from the report for those it hangs off the report; bulkLinkSections links the
// nested ones to their parent section.
// @param sections: List<Map> — id, reportId, parentId, level, number, title, order, start, end, underReport (Boolean)
// @returns count: Integer
UNWIND $sections AS s
MATCH (rep:Report {id: s.reportId})
CREATE (sec:Section {id: s.id})
SET sec.reportId = s.reportId, sec.level = s.level, sec.number = s.number, sec.title = s.title,
    sec.order = s.order, sec.start = s.start, sec.end = s.end, sec.parentId = s.parentId
WITH rep, sec, s WHERE s.underReport
CREATE (rep)-[:HAS_SECTION]->(sec)
RETURN count(*) AS count
