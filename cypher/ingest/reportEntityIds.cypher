// Ids of the entities a report's passages mention: the only nodes a re-ingest of that report may remove.
// @param reportId: String — Report.id
// @returns id: String
// example params: {reportId: "chongqing-2023-h1-plan-execution-report"}
MATCH (:Report {id: $reportId})-[:HAS_PASSAGE]->(p:Passage)<-[:MENTIONED_IN]-(e:Entity)
RETURN DISTINCT e.id AS id
