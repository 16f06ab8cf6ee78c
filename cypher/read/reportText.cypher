// The full original text of a report.
// @param reportId: String — Report.id
// @returns text: String
MATCH (r:Report {id: $reportId})
RETURN r.body AS text
