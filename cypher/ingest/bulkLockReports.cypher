// Takes the IngestLock of each report of a bulk transaction (ingest/lockReport for many): a writeReport of one of
// them that runs meanwhile waits for the bulk transaction to commit and then replaces its version, and a bulk
// transaction that comes second waits for it and then fails on the Report key, so its reports go one by one.
// Ids in sorted order, so two transactions take shared locks in the same order.
// @param reportIds: List<String> — Report.id values
// @returns count: Integer
// example params: {reportIds: ["chongqing-2023-h1-plan-execution-report"]}
UNWIND $reportIds AS reportId
MERGE (l:IngestLock {reportId: reportId})
SET l.at = timestamp()
RETURN count(*) AS count
