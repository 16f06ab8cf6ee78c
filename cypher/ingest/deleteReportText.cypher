// Deletes a report's passages and sections (and with them every MENTIONED_IN of that report).
// @param reportId: String — Report.id
// @returns deleted
MATCH (n)
WHERE (n:Passage OR n:Section) AND n.reportId = $reportId
DETACH DELETE n
RETURN count(*) AS deleted
