// One page of the neighbours of each node over the given relationship types and direction, optionally only of
// one label. Serves most nested fields (Policy.issuedBy, Project.supportedBy, Region.children …) in one round trip
// for all parents. The pattern names every entity relationship type, so the expansion skips MENTIONED_IN.
// @param ids: List<String> — entity ids (the parents)
// @param types: List<String> — relationship types
// @param direction: String — OUT, IN or BOTH, seen from the parent
// @param label: String? — only neighbours with this label, or null for any entity
// @param offset: Integer — rows to skip
// @param first: Integer — page size
// @returns id: String, total: Integer, page: List<Node>
// example params: {ids: ["region:渝西地区"], types: ["PART_OF"], direction: "IN", label: "Region", offset: 0, first: 20}
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})-[r:SUPPORTS|LOCATED_IN|ISSUED_BY|APPROVED_BY|MEASURES|PART_OF|IMPLEMENTS]-(m:Entity)
  WHERE type(r) IN $types
    AND ($label IS NULL OR $label IN labels(m))
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
  WITH DISTINCT m ORDER BY m.name, m.id
  WITH collect(m) AS rows
  RETURN size(rows) AS total, [x IN rows[$offset..($offset + $first)] | {labels: labels(x), props: x {.*}}] AS page
}
RETURN id, total, page
