// The passage of a report that contains a span: where curated evidence is anchored.
// @param reportId: String — Report.id
// @param start: Integer — span start
// @param end: Integer — span end
// @returns id: String?, chars: Integer — chars is the report's length; id is null when no passage holds the span
MATCH (r:Report {id: $reportId})
OPTIONAL MATCH (r)-[:HAS_PASSAGE]->(p:Passage)
WHERE p.start <= $start AND p.end >= $end
RETURN p.id AS id, r.chars AS chars
LIMIT 1
