// The indicator catalogue in the graph (seeds/lexicon/indicators.tsv as (:Indicator) nodes, synced by openStore):
// its id is the key the API, the exports and (:Metric)-[:OF_INDICATOR]-> links name it by; a metric's `indicator`
// property repeats that id, so "the metrics of gdp" is an index look-up as well as a traversal.
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE INDEX metric_indicator IF NOT EXISTS FOR (n:Metric) ON (n.indicator)
