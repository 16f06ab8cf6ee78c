// The spans that mention each entity, in report order, at most $first per entity, and the evidence strings a
// curator attached to it (Node.sources appends those).
// @param ids: List<String> — entity ids
// @param first: Integer — spans per entity
// @returns id: String, sources: List<Source>, curatedEvidence: List<String>
// example params: {ids: ["project:渝昆高铁"], first: 20}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[m:MENTIONED_IN]->(p:Passage)
  WITH m, p ORDER BY p.reportId, m.start
  LIMIT toInteger($first)
  RETURN collect({reportId: p.reportId, passageId: p.id, start: m.start, end: m.end, rule: m.rule,
                  derived: coalesce(m.derived, false), text: substring(p.text, m.start - p.start, m.end - m.start)}) AS sources
}
RETURN id, sources, coalesce(n.curatedEvidence, []) AS curatedEvidence
