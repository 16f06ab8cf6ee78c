// The spans that mention each node, in report order, at most $first per node.
// @param ids: List<String> — entity ids
// @param first: Integer — spans per node
// @returns id: String, sources: List<Source>
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[m:MENTIONED_IN]->(p:Passage)
  WITH m, p ORDER BY p.reportId, m.start
  LIMIT toInteger($first)
  RETURN collect({reportId: p.reportId, passageId: p.id, start: m.start, end: m.end, rule: m.rule,
                  text: substring(p.text, m.start - p.start, m.end - m.start)}) AS sources
}
RETURN id, sources
