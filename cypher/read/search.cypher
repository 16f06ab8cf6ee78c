// Full-text search (CJK bigram analyzer) over entity names and passage text. $query is already escaped Lucene.
// Lucene keeps only the best $fetch matches (the options map's `limit`), so the cost follows $fetch and not how
// many nodes match: a query of common characters matches a share of all passages, which grows with the graph.
// The label filter looks through those $fetch; `fetched` says how many there were, so the store can widen the
// window when it kept fewer than $first and the index had more (Store.search). No hit: one row of nulls.
// @param query: String — a Lucene query string (the API escapes user input)
// @param labels: List<String>? — only nodes with one of these labels
// @param first: Integer — most hits
// @param fetch: Integer — most index matches to look through (≥ first)
// @returns fetched: Integer, labels: List<String>?, props: Map?, score: Float?
// example params: {query: "\"陆海新通道\"", labels: null, first: 10, fetch: 10}
CALL db.index.fulltext.queryNodes('kg_fulltext', $query, {limit: toInteger($fetch)}) YIELD node, score
WITH node, score ORDER BY score DESC
WITH collect({node: node, score: score}) AS found
WITH size(found) AS fetched, [h IN found WHERE $labels IS NULL OR any(l IN labels(h.node) WHERE l IN $labels)][..toInteger($first)] AS kept
UNWIND CASE WHEN size(kept) = 0 THEN [null] ELSE kept END AS hit
WITH fetched, hit.node AS node, hit.score AS score
RETURN fetched, labels(node) AS labels, CASE WHEN node:Report THEN node {.*, body: null} ELSE node {.*} END AS props, score
