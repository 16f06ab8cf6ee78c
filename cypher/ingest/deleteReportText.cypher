// Deletes a report's passages and sections (and with them every MENTIONED_IN of that report).
// @param reportId: String — Report.id
// @returns deleted: Integer
CALL () {
  MATCH (p:Passage {reportId: $reportId}) DETACH DELETE p RETURN count(*) AS n
  UNION ALL
  MATCH (s:Section {reportId: $reportId}) DETACH DELETE s RETURN count(*) AS n
}
RETURN sum(n) AS deleted
