// After a report's passages are gone: forgets the report on the given entities, and deletes those that no
// passage mentions any more, unless a curator made or edited them.
// @param reportId: String — Report.id
// @param entityIds: List<String> — from ingest/reportEntityIds
// @returns deleted
MATCH (e:Entity)
WHERE e.id IN $entityIds
SET e.reportIds = [x IN coalesce(e.reportIds, []) WHERE x <> $reportId]
WITH e, NOT (e)-[:MENTIONED_IN]->() AND NOT coalesce(e.curated, false) AS orphan
CALL (e, orphan) {
  WITH e WHERE orphan
  DETACH DELETE e
}
RETURN sum(CASE WHEN orphan THEN 1 ELSE 0 END) AS deleted
