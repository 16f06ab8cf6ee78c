// Node counts per label, from the count store (constant time).
// @returns label: String, count: Integer
CALL () {
  MATCH (n:Policy) RETURN 'Policy' AS label, count(n) AS count
  UNION ALL MATCH (n:Agency) RETURN 'Agency' AS label, count(n) AS count
  UNION ALL MATCH (n:Region) RETURN 'Region' AS label, count(n) AS count
  UNION ALL MATCH (n:Project) RETURN 'Project' AS label, count(n) AS count
  UNION ALL MATCH (n:Metric) RETURN 'Metric' AS label, count(n) AS count
  UNION ALL MATCH (n:Report) RETURN 'Report' AS label, count(n) AS count
  UNION ALL MATCH (n:Section) RETURN 'Section' AS label, count(n) AS count
  UNION ALL MATCH (n:Passage) RETURN 'Passage' AS label, count(n) AS count
}
RETURN label, count
