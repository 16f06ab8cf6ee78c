// Every loaded report's metadata, newest period first.
// @returns props
MATCH (r:Report)
RETURN r {.*, body: null} AS props
ORDER BY r.year DESC, r.id
