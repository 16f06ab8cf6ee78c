// Deletes the (:Indicator) nodes whose id the catalogue no longer has (a line removed from indicators.tsv), with their
// OF_INDICATOR links; the metrics that named them lose their `indicator` and keep their free subject.
// @param ids: List<String> — every id of the catalogue
// @returns deleted: Integer
// example params: {ids: ["gdp", "cpi"]}
MATCH (i:Indicator)
WHERE NOT i.id IN $ids
OPTIONAL MATCH (i)<-[:OF_INDICATOR]-(m:Metric)
REMOVE m.indicator
WITH DISTINCT i
DETACH DELETE i
RETURN count(*) AS deleted
