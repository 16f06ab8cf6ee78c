// One page of the regions each policy reaches: the regions it supports, the regions of the projects it
// supports, and every region those are part of.
// @param ids: List<String> — Policy ids
// @param offset: Integer — rows to skip
// @param first: Integer — page size
// @returns id: String, total: Integer, page: List<Map>
UNWIND $ids AS id
CALL (id) {
  MATCH (:Policy {id: id})-[:SUPPORTS|IMPLEMENTS*1..2]->(t)
  OPTIONAL MATCH (t)-[:LOCATED_IN]->(loc:Region)
  WITH [x IN [t, loc] WHERE x:Region] AS direct
  UNWIND direct AS d
  MATCH (d)-[:PART_OF*0..8]->(r:Region)
  WITH DISTINCT r ORDER BY r.name, r.id
  WITH collect(r) AS rows
  RETURN size(rows) AS total, [x IN rows[$offset..($offset + $first)] | x {.*}] AS page
}
RETURN id, total, page
