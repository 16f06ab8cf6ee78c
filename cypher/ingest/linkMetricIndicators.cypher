// Links a report's metrics to the catalogue indicator each names, (:Metric)-[:OF_INDICATOR]->(:Indicator), replacing
// an earlier link, and keeps the metric's `indicator` property equal to it (null removes both: the subject no longer
// maps). Runs in the report's write transaction after its nodes are merged; a curated metric is left as it is.
// @param metrics: List<Map> — id, indicator (the catalogue id, or null)
// @returns linked: Integer
// example params: {metrics: [{id: "metric:x", indicator: "gdp"}]}
UNWIND $metrics AS row
MATCH (m:Metric {id: row.id})
WHERE NOT coalesce(m.curated, false)
OPTIONAL MATCH (m)-[old:OF_INDICATOR]->(other:Indicator)
WHERE row.indicator IS NULL OR other.id <> row.indicator
WITH m, row, collect(old) AS olds
FOREACH (r IN olds | DELETE r)
SET m.indicator = row.indicator
WITH m, row
OPTIONAL MATCH (i:Indicator {id: row.indicator})
FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END | MERGE (m)-[:OF_INDICATOR]->(i))
RETURN count(i) AS linked
