// The checksum of a loaded report's text: tells a changed report from a repeated ingest.
// @param reportId: String — Report.id
// @returns sha256: String
MATCH (r:Report {id: $reportId})
RETURN r.sha256 AS sha256
