// Serialises writes of one report: the first statement of every transaction that writes or deletes a report.
// MERGE on the uniquely constrained IngestLock.reportId makes a second transaction on the same report wait
// until the first commits, so it reads the first one's result and replaces it instead of adding to it.
// @param reportId: String — Report.id
// @returns reportId: String
// example params: {reportId: "chongqing-2023-h1-plan-execution-report"}
MERGE (l:IngestLock {reportId: $reportId})
SET l.at = timestamp()
RETURN l.reportId AS reportId
