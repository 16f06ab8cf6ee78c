// Entities, reports and passages by id (the API's node loader). A Report's text stays out: ask reportText.
// @param ids: List<String> — node ids
// @returns id: String, labels: List<String>, props: Map
// example params: {ids: ["region:重庆市", "chongqing-2023-h1-plan-execution-report"]}
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (r:Report {id: id})
OPTIONAL MATCH (p:Passage {id: id})
WITH id, coalesce(e, r, p) AS n
WHERE n IS NOT NULL
RETURN id, labels(n) AS labels,
       CASE WHEN n:Report THEN n {.*, body: null} ELSE n {.*} END AS props
