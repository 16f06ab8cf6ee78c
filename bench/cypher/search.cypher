// Baseline for search(query): the full-text index alone.
// @param query: String — Lucene query
CALL db.index.fulltext.queryNodes('kg_fulltext', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, score
LIMIT 20
