// Which of the given reports the database already holds: bulk loading takes only new reports, the others go
// through the regular write path (which replaces an earlier version).
// @param reportIds: List<String> — Report.id values
// @returns id: String
UNWIND $reportIds AS id
MATCH (r:Report {id: id})
RETURN r.id AS id
