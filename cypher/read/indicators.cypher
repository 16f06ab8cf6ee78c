// The catalogue's indicators in catalogue order (Query.indicators), filtered by name and unit family: one page, each
// with the number of metrics linked to it (OF_INDICATOR, read from the degree store).
// @param nameContains: String? — in nameZh or a variant, in nameEn or the id in any case
// @param unitFamily: String? — currency, percent, mass … exactly
// @param offset: Integer
// @param first: Integer
// @returns total: Integer, page: List<Map>
// example params: {nameContains: "生产总值", unitFamily: null, offset: 0, first: 20}
MATCH (i:Indicator)
WHERE ($unitFamily IS NULL OR i.unitFamily = $unitFamily)
  AND ($nameContains IS NULL
       OR i.nameZh CONTAINS $nameContains
       OR any(v IN i.variants WHERE v CONTAINS $nameContains)
       OR toLower(i.nameEn) CONTAINS toLower($nameContains)
       OR i.id CONTAINS toLower($nameContains))
WITH i ORDER BY i.order, i.id
WITH collect(i) AS matched
WITH size(matched) AS total, matched[$offset..($offset + $first)] AS slice
CALL (slice) {
  UNWIND slice AS x
  RETURN collect(x {.*, metricCount: COUNT { (x)<-[:OF_INDICATOR]-() }}) AS page
}
RETURN total, page
