// One page of policies per scope, filtered and sorted. A scope is a region id (policies that reach it or a
// region inside it: supporting it directly or supporting a project located there) or null (all policies).
// Serves Query.policies (one scope) and Region.policies (one scope per region) alike.
// @param scopeIds: List<String?> — Region ids
// @param nameContains: String?
// @param nameEquals: String?
// @param kinds: List<String>? — PolicyKind values
// @param reportId: String? — only policies mentioned in this report
// @param sort1: String? — NAME_ASC or NAME_DESC
// @param offset: Integer — rows to skip
// @param first: Integer — page size
// @returns scope: String?, total: Integer, page: List<Map>
// example params: {scopeIds: [null], nameContains: "行动方案", nameEquals: null, kinds: null, reportId: null, sort1: "NAME_ASC", offset: 0, first: 20}
UNWIND $scopeIds AS scope
CALL (scope) {
  MATCH (n:Policy)
  WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains)
    AND ($nameEquals IS NULL OR n.name = $nameEquals)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($reportId IS NULL OR $reportId IN n.reportIds)
    AND (scope IS NULL OR EXISTS {
      MATCH (n)-[:SUPPORTS|IMPLEMENTS*1..2]->(t)-[:LOCATED_IN*0..1]->(:Region)-[:PART_OF*0..8]->(:Region {id: scope})
    })
  WITH n ORDER BY
    CASE $sort1 WHEN 'NAME_DESC' THEN n.name END DESC,
    n.name, n.id
  WITH collect(n) AS rows
  RETURN size(rows) AS total, [x IN rows[$offset..($offset + $first)] | x {.*}] AS page
}
RETURN scope, total, page
