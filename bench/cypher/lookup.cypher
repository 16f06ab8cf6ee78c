// Baseline for the `node(id)` lookup: one entity's properties.
// @param id: String — entity id
MATCH (n:Entity {id: $id})
RETURN n {.*} AS node
