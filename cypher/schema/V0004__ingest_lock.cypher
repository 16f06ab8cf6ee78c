// One IngestLock node per report id (cypher/ingest/lockReport.cypher): the constraint is what makes concurrent
// MERGEs of the same id wait for each other instead of creating two locks.
CREATE CONSTRAINT ingest_lock_report IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.reportId IS UNIQUE
