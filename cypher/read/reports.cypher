// Loaded reports' metadata, newest year first, at most $first.
// @param first: Integer — most reports returned
// @returns props: Map
MATCH (r:Report)
RETURN r {.*, body: null} AS props
ORDER BY r.year DESC, r.id
LIMIT $first
