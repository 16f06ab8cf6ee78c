// Indicators by id (Query.indicator, compare's columns, Metric.indicator through a loader), each with the number of
// metrics linked to it. Ids that name no indicator return no row.
// @param ids: List<String> — catalogue ids (gdp, cpi)
// @returns props: Map
// example params: {ids: ["gdp", "cpi"]}
UNWIND $ids AS id
MATCH (i:Indicator {id: id})
RETURN i {.*, metricCount: COUNT { (i)<-[:OF_INDICATOR]-() }} AS props
