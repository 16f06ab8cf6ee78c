// One page of regions per scope (a region id: that region and every region inside it; or null).
// @param scopeIds: List<String?> — Region ids
// @param nameContains: String?
// @param nameEquals: String?
// @param levels: List<String>? — RegionLevel values
// @param reportId: String?
// @param sort1: String? — NAME_ASC or NAME_DESC
// @param offset: Integer — rows to skip
// @param first: Integer — page size
// @returns scope: String?, total: Integer, page: List<Map>
// example params: {scopeIds: ["region:重庆市"], nameContains: null, nameEquals: null, levels: ["DISTRICT"], reportId: null, sort1: null, offset: 0, first: 20}
UNWIND $scopeIds AS scope
CALL (scope) {
  CALL (scope) {
    // every Region when unscoped: a seek of the name index bounded by the scope row, so a nested list (a
    // region per row) never scans the label (every entity has a name; a null bound matches nothing)
    MATCH (n:Region) WHERE n.name >= CASE WHEN scope IS NULL THEN '' END
    RETURN n
    UNION
    WITH scope WHERE scope IS NOT NULL
    MATCH (:Region {id: scope})<-[:PART_OF*0..8]-(n:Region)
    RETURN n
  }
  WITH n
  WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
    AND ($nameEquals IS NULL OR n.name = $nameEquals)
    AND ($levels IS NULL OR n.level IN $levels)
    AND ($reportId IS NULL OR $reportId IN n.reportIds)
  WITH n ORDER BY
    CASE $sort1 WHEN 'NAME_DESC' THEN n.name END DESC,
    n.name, n.id
  WITH collect(n) AS rows
  RETURN size(rows) AS total, [x IN rows[$offset..($offset + $first)] | x {.*}] AS page
}
RETURN scope, total, page
