// Links the metrics of new reports (a bulk transaction) to the catalogue indicator each names, as
// ingest/linkMetricIndicators does for one report; only metrics that name one are given, and a new metric has no
// earlier link to replace. Their `indicator` property came with their properties (ingest/bulkMergeNodes).
// @param metrics: List<Map> — id, indicator (a catalogue id)
// @returns linked: Integer
// example params: {metrics: [{id: "metric:x", indicator: "gdp"}]}
UNWIND $metrics AS row
MATCH (m:Metric {id: row.id})
WHERE NOT coalesce(m.curated, false)
MATCH (i:Indicator {id: row.indicator})
MERGE (m)-[:OF_INDICATOR]->(i)
RETURN count(*) AS linked
