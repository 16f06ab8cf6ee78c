// After a report's new records are merged: forgets the report on the given entities that its new passages no
// longer mention, and deletes those that no passage mentions any more, unless a curator made them or linked
// them (curated facts survive re-ingest).
// @param reportId: String — Report.id
// @param entityIds: List<String> — what the report mentioned before (ingest/reportEntityIds)
// @returns deleted: Integer
MATCH (e:Entity)
WHERE e.id IN $entityIds AND NOT EXISTS { (e)-[:MENTIONED_IN]->(:Passage {reportId: $reportId}) }
SET e.reportIds = [x IN coalesce(e.reportIds, []) WHERE x <> $reportId]
WITH e,
     NOT EXISTS { (e)-[:MENTIONED_IN]->() }
     AND NOT coalesce(e.curated, false)
     AND NOT EXISTS { (e)-[r]-() WHERE r.curated = true } AS orphan
CALL (e, orphan) {
  WITH e WHERE orphan
  DETACH DELETE e
}
RETURN sum(CASE WHEN orphan THEN 1 ELSE 0 END) AS deleted
