// All sections of some reports, in order; the API builds the tree from parentId.
// @param reportIds: List<String> — Report ids
// @returns reportId: String, props: Map
UNWIND $reportIds AS reportId
MATCH (s:Section {reportId: reportId})
RETURN reportId, s {.*} AS props
ORDER BY reportId, s.start, s.level
