// One page of a report's passages in text order.
// @param reportId: String — Report.id
// @param offset: Integer — rows to skip
// @param first: Integer — page size
// @returns total: Integer, page: List<Map>
MATCH (p:Passage {reportId: $reportId})
WITH p ORDER BY p.order
WITH collect(p) AS rows
RETURN size(rows) AS total, [x IN rows[$offset..($offset + $first)] | x {.*}] AS page
