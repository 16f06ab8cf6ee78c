// One page of metrics per scope (a region id: metrics that MEASURE it, and with $includeSubregions any region
// inside it; or null), filtered and sorted by subject or value. Serves Query.metrics and Region.metrics. A metric
// whose value is not a finite number (only a hand-made write can store one: ingest and curation refuse them) is left
// out, so that it can neither fail the page's serialisation nor upset the order.
// @param scopeIds: List<String?> — Region ids
// @param includeSubregions: Boolean — count metrics about regions inside the scope
// @param subjectContains: String?
// @param subjectEquals: String?
// @param units: List<String>?
// @param kinds: List<String>? — MetricKind values
// @param period: String?
// @param valueGt: Float?
// @param valueGte: Float?
// @param valueLt: Float?
// @param valueLte: Float?
// @param reportId: String?
// @param sort1: String? — NAME_ASC, NAME_DESC, VALUE_ASC or VALUE_DESC
// @param sort2: String? — a second key
// @param offset: Integer — rows to skip
// @param first: Integer — page size
// @returns scope: String?, total: Integer, page: List<Map>
// example params: {scopeIds: [null], includeSubregions: false, subjectContains: null, subjectEquals: null, units: ["%"], kinds: null, period: null, valueGt: 10, valueGte: null, valueLt: null, valueLte: null, reportId: null, sort1: "VALUE_DESC", sort2: null, offset: 0, first: 20}
UNWIND $scopeIds AS scope
CALL (scope) {
  CALL (scope) {
    // unscoped: a seek of the unit index bounded by the scope row, so a nested list (a region per row) never
    // scans the label (every metric has a unit; a null bound or an empty list matches nothing)
    MATCH (n:Metric) WHERE n.unit IN CASE WHEN scope IS NULL THEN $units END
    RETURN n
    UNION
    WITH scope WHERE $units IS NULL
    MATCH (n:Metric) WHERE n.unit >= CASE WHEN scope IS NULL THEN '' END
    RETURN n
    UNION
    WITH scope WHERE scope IS NOT NULL AND $includeSubregions
    MATCH (:Region {id: scope})<-[:PART_OF*0..8]-(:Region)<-[:MEASURES]-(n:Metric)
    RETURN n
    UNION
    WITH scope WHERE scope IS NOT NULL AND NOT $includeSubregions
    MATCH (:Region {id: scope})<-[:MEASURES]-(n:Metric)
    RETURN n
  }
  WITH n
  WHERE (n.value IS NULL OR abs(n.value) <= 1.7976931348623157e308)
    AND ($subjectContains IS NULL OR n.subject CONTAINS $subjectContains)
    AND ($subjectEquals IS NULL OR n.subject = $subjectEquals)
    AND ($units IS NULL OR n.unit IN $units)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($period IS NULL OR n.period = $period)
    AND ($valueGt IS NULL OR n.value > $valueGt)
    AND ($valueGte IS NULL OR n.value >= $valueGte)
    AND ($valueLt IS NULL OR n.value < $valueLt)
    AND ($valueLte IS NULL OR n.value <= $valueLte)
    AND ($reportId IS NULL OR n.reportId = $reportId)
  WITH n ORDER BY
    CASE $sort1 WHEN 'NAME_ASC' THEN n.subject END ASC,
    CASE $sort1 WHEN 'NAME_DESC' THEN n.subject END DESC,
    CASE $sort1 WHEN 'VALUE_ASC' THEN n.value END ASC,
    CASE $sort1 WHEN 'VALUE_DESC' THEN n.value END DESC,
    CASE $sort2 WHEN 'NAME_ASC' THEN n.subject END ASC,
    CASE $sort2 WHEN 'NAME_DESC' THEN n.subject END DESC,
    CASE $sort2 WHEN 'VALUE_ASC' THEN n.value END ASC,
    CASE $sort2 WHEN 'VALUE_DESC' THEN n.value END DESC,
    n.reportId, n.start, n.id
  WITH collect(n) AS rows
  RETURN size(rows) AS total, [x IN rows[$offset..($offset + $first)] | x {.*}] AS page
}
RETURN scope, total, page
