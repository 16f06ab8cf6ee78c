// Creates the passages of new reports (a batch), each linked to its report and to its innermost section, with
// the properties ingest/mergePassages sets.
// @param passages: List<Map> — id, reportId, sectionId, sectionTitle, order, start, end, text
// @returns count: Integer
UNWIND $passages AS p
MATCH (rep:Report {id: p.reportId})
CREATE (rep)-[:HAS_PASSAGE]->(pas:Passage {id: p.id})
SET pas.reportId = p.reportId, pas.order = p.order, pas.start = p.start, pas.end = p.end, pas.text = p.text,
    pas.sectionTitle = p.sectionTitle,
    pas.sectionId = p.sectionId
WITH pas, p WHERE p.sectionId IS NOT NULL
MATCH (sec:Section {id: p.sectionId})
CREATE (pas)-[:IN_SECTION]->(sec)
RETURN count(*) AS count
