// Creates or updates a Report node; its text is kept in `body` (not `text`) so the full-text index, which
// covers `text`, indexes passages rather than whole reports.
// @param report: Map — id, name, title, issuer, region, year, period, publishDate, sourceUrl, sourceFile, body, chars, sha256, titleStart, titleEnd
// @returns id: String
MERGE (r:Report {id: $report.id})
SET r += $report, r.ingestedAt = toString(datetime())
RETURN r.id AS id
