// Creates or updates a curated entity: marks it curated (so re-ingest keeps its name and properties), records
// who and when, adds the curator's evidence, and lifts a Tombstone left by an earlier delete.
// @param id: String — entity id
// @param label: String — a NodeLabel (Policy, Agency, Region, Project, Metric)
// @param name: String — display name
// @param properties: Map — label-specific properties
// @param curatedBy: String — who (API key name)
// @param evidence: String? — "reportId|passageId|start|end|curated"
// @returns labels: List<String>, props: Map
// example params: {id: "policy:示例", label: "Policy", name: "示例", properties: {kind: "OTHER"}, curatedBy: "test", evidence: null}
MERGE (n:Entity {id: $id})
ON CREATE SET n.reportIds = [], n.curatedEvidence = []
SET n:$($label)
SET n += $properties,
    n.name = $name,
    n.curated = true,
    n.curatedBy = $curatedBy,
    n.curatedAt = toString(datetime()),
    n.curatedEvidence = CASE WHEN $evidence IS NULL OR $evidence IN coalesce(n.curatedEvidence, [])
                             THEN coalesce(n.curatedEvidence, []) ELSE coalesce(n.curatedEvidence, []) + $evidence END
WITH n
OPTIONAL MATCH (t:Tombstone {key: 'node:' + $id})
DELETE t
RETURN labels(n) AS labels, n {.*} AS props
