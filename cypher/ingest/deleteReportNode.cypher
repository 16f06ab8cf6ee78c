// Deletes the Report node itself (its passages and entities are handled by the other ingest/delete* files) and
// its IngestLock: lockReport took it first in this transaction, so no other write of the report is running,
// and one that waits on it re-creates it.
// @param reportId: String — Report.id
// @returns deleted: Integer
OPTIONAL MATCH (r:Report {id: $reportId})
DETACH DELETE r
WITH count(r) AS deleted
OPTIONAL MATCH (l:IngestLock {reportId: $reportId})
DELETE l
RETURN deleted
