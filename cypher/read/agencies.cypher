// One page of agencies per scope (a region id: agencies located in it or a region inside it; or null).
// @param scopeIds: List<String?> — Region ids
// @param nameContains: String?
// @param nameEquals: String?
// @param kinds: List<String>? — AgencyKind values
// @param reportId: String?
// @param sort1: String? — NAME_ASC or NAME_DESC
// @param offset: Integer — rows to skip
// @param first: Integer — page size
// @returns scope: String?, total: Integer, page: List<Map>
// example params: {scopeIds: [null], nameContains: "委", nameEquals: null, kinds: null, reportId: null, sort1: null, offset: 0, first: 20}
UNWIND $scopeIds AS scope
CALL (scope) {
  CALL (scope) {
    // every Agency when unscoped: a seek of the name index bounded by the scope row, so a nested list (a
    // region per row) never scans the label (every entity has a name; a null bound matches nothing)
    MATCH (n:Agency) WHERE n.name >= CASE WHEN scope IS NULL THEN '' END
    RETURN n
    UNION
    WITH scope WHERE scope IS NOT NULL
    MATCH (:Region {id: scope})<-[:PART_OF*0..8]-(:Region)<-[:LOCATED_IN]-(n:Agency)
    RETURN n
  }
  WITH n
  WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
    AND ($nameEquals IS NULL OR n.name = $nameEquals)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($reportId IS NULL OR $reportId IN n.reportIds)
  WITH n ORDER BY
    CASE $sort1 WHEN 'NAME_DESC' THEN n.name END DESC,
    n.name, n.id
  WITH collect(n) AS rows
  RETURN size(rows) AS total, [x IN rows[$offset..($offset + $first)] | x {.*}] AS page
}
RETURN scope, total, page
