// Passages by id: the text that relationship evidence points into.
// @param ids: List<String> — Passage ids
// @returns props: Map
UNWIND $ids AS id
MATCH (p:Passage {id: id})
RETURN p {.*} AS props
