// Deletes an entity with its relationships and leaves a Tombstone so that re-ingest does not bring it back.
// @param id: String — entity id
// @param curatedBy: String — who
// @returns removed: Integer
MATCH (n:Entity {id: $id})
DETACH DELETE n
MERGE (t:Tombstone {key: 'node:' + $id})
SET t.curatedBy = $curatedBy, t.curatedAt = toString(datetime())
RETURN count(n) AS removed
