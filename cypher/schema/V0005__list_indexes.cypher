// Indexes the lists read through (cypher/read/*.cypher, store/compose): each entity label's name, so a page of a
// list sorted by name reads the first items of the index instead of sorting every node of the label; the metric
// subject likewise; and unit with value, so `metrics(where: {unit: […], valueGt: …})` seeks its rows.
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX metric_subject IF NOT EXISTS FOR (n:Metric) ON (n.subject);
CREATE INDEX metric_unit_value IF NOT EXISTS FOR (n:Metric) ON (n.unit, n.value)
