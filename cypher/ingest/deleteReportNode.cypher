// Deletes the Report node itself (its passages and entities are handled by the other ingest/delete* files).
// @param reportId: String — Report.id
// @returns deleted: Integer
MATCH (r:Report {id: $reportId})
DETACH DELETE r
RETURN count(*) AS deleted
