// Each region's enclosing regions, nearest first (PART_OF is acyclic; depth is capped at 8 levels).
// @param ids: List<String> — Region ids
// @returns id: String, ancestors: List<Map> — nearest first
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH path = (:Region {id: id})-[:PART_OF*1..8]->(a:Region)
  WITH a, length(path) AS d ORDER BY d
  RETURN [x IN collect(a) WHERE x IS NOT NULL | x {.*}] AS ancestors
}
RETURN id, ancestors
