// Creates the passages of new reports (a batch), each linked to its report and to its innermost section, with
// the properties ingest/mergePassages sets, and the mentions of entities in each passage, as ingest/mergeMentions
// makes them (the entities are merged before). A mention rides on its passage's row, so it costs one index seek
// (its entity), not two, and a report is looked up once per statement, not once per passage.
// @param passages: List<Map> — id, reportId, sectionId, sectionTitle, order, start, end, text, mentions (List<Map>: nodeId, start, end, rule, derived)
// @returns count: Integer
UNWIND $passages AS p
WITH p.reportId AS reportId, collect(p) AS rows
MATCH (rep:Report {id: reportId})
UNWIND rows AS p
CREATE (rep)-[:HAS_PASSAGE]->(pas:Passage {id: p.id})
SET pas.reportId = p.reportId, pas.order = p.order, pas.start = p.start, pas.end = p.end, pas.text = p.text,
    pas.sectionTitle = p.sectionTitle,
    pas.sectionId = p.sectionId
WITH pas, p
CALL (pas, p) {
  // a passage outside any section has no sectionId, and a null id matches no section
  MATCH (sec:Section {id: p.sectionId})
  CREATE (pas)-[:IN_SECTION]->(sec)
}
CALL (pas, p) {
  UNWIND p.mentions AS m
  MATCH (n:Entity {id: m.nodeId})
  CREATE (n)-[:MENTIONED_IN {start: m.start, end: m.end, rule: m.rule, derived: m.derived}]->(pas)
}
RETURN count(*) AS count
