// Creates the catalogue's indicators (seeds/lexicon/indicators.tsv) as (:Indicator) nodes. openStore syncs the whole
// catalogue at start-up with `replace` true (names and variants as the file now says); writeReport makes sure the
// indicators its metrics name exist with `replace` false, so an existing node is only matched and reports loaded
// side by side take no write lock on it.
// @param indicators: List<Map> — id, nameZh, nameEn, unitFamily, variants (List<String>), order (line in the file)
// @param replace: Boolean — overwrite the properties of indicators that exist
// @returns count: Integer
// example params: {indicators: [{id: "gdp", nameZh: "地区生产总值", nameEn: "Gross regional product (GDP)", unitFamily: "currency", variants: ["地区生产总值", "生产总值"], order: 12}], replace: false}
UNWIND $indicators AS row
MERGE (i:Indicator {id: row.id})
ON CREATE SET i += row
FOREACH (_ IN CASE WHEN $replace THEN [1] ELSE [] END | SET i += row)
RETURN count(*) AS count
