// A region × indicator table (Query.compare): the values of several indicators in one year and part of it. Metrics
// are placed in regions and grouped into values as in read/indicatorSeries (one value per period, status, measure and
// value; `conflict` when two differ). One row per region that has a value, in name order (one page, with the total),
// each with one cell per indicator that has a value there.
// @param indicatorIds: List<String> — catalogue ids
// @param regionIds: List<String>? — only these regions
// @param year: Integer — calendar year
// @param part: String — FULL_YEAR, H1, Q1 …
// @param status: String? — ACTUAL, TARGET or ESTIMATE
// @param measure: String? — YOY_GROWTH, LEVEL …; a target counts as what it targets
// @param perValue: Integer — most statements kept per value
// @param offset: Integer
// @param first: Integer
// @returns total: Integer, page: List<Map> — region: Map, cells: List<Map> (indicatorId, values: List<Map> (metrics, sources, conflict))
// example params: {indicatorIds: ["gdp", "cpi"], regionIds: null, year: 2025, part: "FULL_YEAR", status: null, measure: null, perValue: 20, offset: 0, first: 50}
MATCH (i:Indicator)<-[:OF_INDICATOR]-(m:Metric)
WHERE i.id IN $indicatorIds AND m.periodYear = $year AND m.periodPart = $part
  AND ($status IS NULL OR m.status = $status)
  AND ($measure IS NULL OR coalesce(m.measure, m.kind) = $measure)
WITH i.id AS indicatorId, m, coalesce(
       head(COLLECT { MATCH (m)-[:MEASURES]->(g:Region) RETURN g ORDER BY g.id LIMIT 1 }),
       head(COLLECT { MATCH (:Report {id: m.reportId})-[:ABOUT]->(g:Region) RETURN g LIMIT 1 })) AS region
WHERE region IS NOT NULL AND ($regionIds IS NULL OR region.id IN $regionIds)
WITH indicatorId, region, m, head(COLLECT {
       MATCH (m)-[x:MENTIONED_IN]->(p:Passage)
       WITH x, p ORDER BY x.start LIMIT 1
       RETURN {reportId: p.reportId, passageId: p.id, start: x.start, end: x.end, rule: x.rule,
               derived: coalesce(x.derived, false), text: substring(p.text, x.start - p.start, x.end - x.start)} AS s
     }) AS source
ORDER BY m.reportId, m.start
WITH indicatorId, region, m.periodMonths AS months, m.status AS status, coalesce(m.measure, m.kind) AS measure,
     coalesce(m.valueNormalized, m.value) AS value, m.valueMax AS valueMax, coalesce(m.unitBase, m.unit) AS unit,
     collect(m {.*}) AS metrics, collect(source) AS sources
WITH indicatorId, region, months, status, measure,
     collect({value: value, valueMax: valueMax, metrics: metrics[..$perValue], sources: sources[..$perValue]}) AS values
UNWIND values AS v
WITH indicatorId, region, months, status, measure, v, size(values) > 1 AS conflict
ORDER BY months, status, measure, v.value, v.valueMax
WITH indicatorId, region, collect({metrics: v.metrics, sources: v.sources, conflict: conflict}) AS values
WITH region, collect({indicatorId: indicatorId, values: values}) AS cells
ORDER BY region.name, region.id
WITH collect({region: region {.*}, cells: cells}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $first)] AS page
