// Indicators' values by region and period (Indicator.series, /export/indicator-series.csv), for many indicators in
// one round trip. Each linked metric that passes the filters is placed in a region — the one it MEASURES, else the
// one its report is ABOUT — and the metrics are grouped into one row per region, period (year, part, months, plan),
// status, measure and value (a level by its value in base units: 5.67万亿元 = 56700亿元), the statements of a row
// in report order. Two rows with the same region, period, status and measure are statements that disagree: both are
// kept, `conflict` true. Rows in region name, year, part, months, plan, status, measure and value order; one page per
// indicator, with the total.
// @param indicatorIds: List<String> — catalogue ids
// @param regionIds: List<String>? — only values placed in these regions
// @param years: List<Integer>? — only these calendar years
// @param status: String? — ACTUAL, TARGET or ESTIMATE
// @param part: String? — FULL_YEAR, H1, Q1 … CUMULATIVE
// @param measure: String? — YOY_GROWTH, LEVEL …; a target counts as what it targets (Metric.measure)
// @param perValue: Integer — most statements kept per row
// @param offset: Integer
// @param first: Integer
// @returns indicatorId: String, total: Integer, page: List<Map> — region: Map, metrics: List<Map>, sources: List<Source>, conflict: Boolean
// example params: {indicatorIds: ["gdp"], regionIds: null, years: [2025], status: "ACTUAL", part: "FULL_YEAR", measure: "YOY_GROWTH", perValue: 20, offset: 0, first: 100}
UNWIND $indicatorIds AS indicatorId
CALL (indicatorId) {
  MATCH (:Indicator {id: indicatorId})<-[:OF_INDICATOR]-(m:Metric)
  WHERE ($years IS NULL OR m.periodYear IN $years)
    AND ($status IS NULL OR m.status = $status)
    AND ($part IS NULL OR m.periodPart = $part)
    AND ($measure IS NULL OR coalesce(m.measure, m.kind) = $measure)
  WITH m, coalesce(
         head(COLLECT { MATCH (m)-[:MEASURES]->(g:Region) RETURN g ORDER BY g.id LIMIT 1 }),
         head(COLLECT { MATCH (:Report {id: m.reportId})-[:ABOUT]->(g:Region) RETURN g LIMIT 1 })) AS region
  WHERE region IS NOT NULL AND ($regionIds IS NULL OR region.id IN $regionIds)
  WITH region, m, head(COLLECT {
         MATCH (m)-[x:MENTIONED_IN]->(p:Passage)
         WITH x, p ORDER BY x.start LIMIT 1
         RETURN {reportId: p.reportId, passageId: p.id, start: x.start, end: x.end, rule: x.rule,
                 derived: coalesce(x.derived, false), text: substring(p.text, x.start - p.start, x.end - x.start)} AS s
       }) AS source
  ORDER BY m.reportId, m.start
  WITH region, m.periodYear AS year, m.periodPart AS part, m.periodMonths AS months, m.periodPlan AS plan,
       m.status AS status, coalesce(m.measure, m.kind) AS measure,
       coalesce(m.valueNormalized, m.value) AS value, m.valueMax AS valueMax, coalesce(m.unitBase, m.unit) AS unit,
       collect(m {.*}) AS metrics, collect(source) AS sources
  WITH region, year, part, months, plan, status, measure,
       collect({value: value, valueMax: valueMax, metrics: metrics[..$perValue], sources: sources[..$perValue]}) AS values
  UNWIND values AS v
  WITH region, year, part, months, plan, status, measure, v, size(values) > 1 AS conflict
  ORDER BY region.name, region.id, year, part, months, plan, status, measure, v.value, v.valueMax
  WITH collect({region: region {.*}, metrics: v.metrics, sources: v.sources, conflict: conflict}) AS rows
  RETURN size(rows) AS total, rows[$offset..($offset + $first)] AS page
}
RETURN indicatorId, total, page
