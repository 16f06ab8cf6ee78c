// How many entities of each label each report mentions.
// @param reportIds: List<String> — Report ids
// @returns reportId: String, label: String, count: Integer
UNWIND $reportIds AS reportId
MATCH (e:Entity)
WHERE reportId IN e.reportIds
WITH reportId, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, count(*) AS count
RETURN reportId, label, count
ORDER BY reportId, label
