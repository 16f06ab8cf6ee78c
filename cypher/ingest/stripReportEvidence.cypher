// Removes one report's evidence from the relationships of the given entities, then deletes the relationships
// left with no evidence unless a curator created or confirmed them.
// @param reportId: String — Report.id
// @param entityIds: List<String> — from ingest/reportEntityIds
// @returns stripped: Integer, deleted: Integer
// example params: {reportId: "chongqing-2023-h1-plan-execution-report", entityIds: ["region:重庆市"]}
MATCH (e:Entity)-[r]-(:Entity)
WHERE e.id IN $entityIds AND $reportId IN coalesce(r.reportIds, [])
WITH DISTINCT r
SET r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $reportId + '|' OR x ENDS WITH '|curated'],
    r.reportIds = [x IN r.reportIds WHERE x <> $reportId]
WITH r, size(r.evidence) = 0 AND NOT coalesce(r.curated, false) AS empty
CALL (r, empty) {
  WITH r WHERE empty
  DELETE r
}
RETURN count(r) AS stripped, sum(CASE WHEN empty THEN 1 ELSE 0 END) AS deleted
