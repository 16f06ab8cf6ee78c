// The keys among the given ones that a curator deleted (a Tombstone): 'node:<id>' for an entity,
// 'edge:<from>|<type>|<to>' for a relationship. A bulk load drops those rows, as ingest/mergeNodes and
// ingest/mergeEdges skip them row by row.
// @param keys: List<String>
// @returns key: String
// example params: {keys: ["node:policy:一老一小", "edge:project:a|LOCATED_IN|region:b"]}
UNWIND $keys AS key
MATCH (t:Tombstone {key: key})
RETURN t.key AS key
