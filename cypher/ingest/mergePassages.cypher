// Creates a report's passages (a batch), each linked to the report and to its innermost section.
// @param reportId: String — Report.id
// @param passages: List<Map> — id, sectionId, sectionTitle, order, start, end, text
// @returns count: Integer
MATCH (rep:Report {id: $reportId})
UNWIND $passages AS p
MERGE (pas:Passage {id: p.id})
SET pas.reportId = $reportId, pas.order = p.order, pas.start = p.start, pas.end = p.end, pas.text = p.text,
    pas.sectionTitle = p.sectionTitle,
    pas.sectionId = p.sectionId
MERGE (rep)-[:HAS_PASSAGE]->(pas)
WITH pas, p
OPTIONAL MATCH (sec:Section {id: p.sectionId})
FOREACH (_ IN CASE WHEN sec IS NULL THEN [] ELSE [1] END | MERGE (pas)-[:IN_SECTION]->(sec))
RETURN count(*) AS count
