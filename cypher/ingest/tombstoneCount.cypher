// How many tombstones (what curators deleted) the database holds: read from the label's count store, so it costs
// nothing however big the graph. A bulk load asks ingest/bulkTombstoned about its rows only when this is not 0.
// @returns count: Integer
MATCH (t:Tombstone)
RETURN count(t) AS count
