// Removes a typed relationship and leaves a Tombstone so that re-ingesting a report does not bring it back.
// @param from: String — entity id
// @param to: String — entity id
// @param type: String — a RelType
// @param curatedBy: String — who
// @returns removed: Integer
MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
DELETE r
MERGE (t:Tombstone {key: 'edge:' + $from + '|' + $type + '|' + $to})
SET t.curatedBy = $curatedBy, t.curatedAt = toString(datetime())
RETURN count(r) AS removed
