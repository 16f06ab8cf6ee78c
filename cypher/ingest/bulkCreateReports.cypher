// Creates Report nodes (a batch of reports the database does not hold), as ingest/mergeReport does for one:
// the text in `body`, not `text`, so the full-text index covers passages rather than whole reports.
// @param reports: List<Map> — id, name, title, issuer, region, year, period, publishDate, sourceUrl, sourceFile, body, chars, sha256, titleStart, titleEnd
// @returns count: Integer
UNWIND $reports AS report
CREATE (r:Report)
SET r = report, r.ingestedAt = toString(datetime())
RETURN count(*) AS count
