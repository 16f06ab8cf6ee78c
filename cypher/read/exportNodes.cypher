// One batch of entities in id order with their mentions, for streaming exports (keyset paging keeps memory flat).
// @param afterId: String — the last id of the previous batch ('' for the first)
// @param batch: Integer — batch size
// @returns labels: List<String>, props: Map, sources: List<Source>
MATCH (n:Entity)
WHERE n.id > $afterId
WITH n ORDER BY n.id
LIMIT toInteger($batch)
CALL (n) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(p:Passage)
  WITH m, p ORDER BY p.reportId, m.start
  RETURN [x IN collect(CASE WHEN m IS NULL THEN null ELSE
            {reportId: p.reportId, passageId: p.id, start: m.start, end: m.end, rule: m.rule,
             text: substring(p.text, m.start - p.start, m.end - m.start)} END) WHERE x IS NOT NULL] AS sources
}
RETURN labels(n) AS labels, n {.*} AS props, sources
