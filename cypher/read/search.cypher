// Full-text search (CJK bigram analyzer) over entity names and passage text. $query is already escaped Lucene.
// @param query: String — a Lucene query string (the API escapes user input)
// @param labels: List<String>? — only nodes with one of these labels
// @param first: Integer — most hits
// @returns labels: List<String>, props: Map, score: Float
// example params: {query: "\"陆海新通道\"", labels: null, first: 10}
CALL db.index.fulltext.queryNodes('kg_fulltext', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN labels(node) AS labels, CASE WHEN node:Report THEN node {.*, body: null} ELSE node {.*} END AS props, score
ORDER BY score DESC
LIMIT toInteger($first)
