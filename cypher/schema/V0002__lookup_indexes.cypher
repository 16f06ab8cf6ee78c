// Lookup indexes for the API's filters and sorts.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX passage_report IF NOT EXISTS FOR (n:Passage) ON (n.reportId);
CREATE INDEX section_report IF NOT EXISTS FOR (n:Section) ON (n.reportId);
CREATE INDEX metric_kind IF NOT EXISTS FOR (n:Metric) ON (n.kind);
CREATE INDEX metric_unit IF NOT EXISTS FOR (n:Metric) ON (n.unit);
CREATE INDEX metric_value IF NOT EXISTS FOR (n:Metric) ON (n.value);
CREATE INDEX metric_report IF NOT EXISTS FOR (n:Metric) ON (n.reportId);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status)
