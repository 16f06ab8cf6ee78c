// The entities each passage mentions, in text order, at most $first per passage.
// @param ids: List<String> — Passage ids
// @param first: Integer — entities per passage
// @returns id: String, nodes: List<Node>
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(:Passage {id: id})
  WITH e, min(m.start) AS at ORDER BY at
  LIMIT toInteger($first)
  RETURN collect({labels: labels(e), props: e {.*}}) AS nodes
}
RETURN id, nodes
