// The GraphQL operations of the explorer: the public API, nothing else. Every list asks for a bounded page.

const SOURCE = `fragment Src on Source {
  start end text rule
  report { id name }
  passage { id start end text sectionTitle }
}`;

const REL = `fragment Rel on Relationship {
  type from to curated reportIds
  sources(first: 5) { ...Src }
}
${SOURCE}`;

export const SEARCH = `query ExplorerSearch($q: String!, $labels: [String!]) {
  search(query: $q, labels: $labels, first: 30) { score node { __typename id name } }
}`;

export const REPORTS = `query ExplorerReports { reports(first: 100) { id name year } }`;

export const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!, $depth: Int, $types: [RelationshipType!], $first: Int) {
  neighborhood(id: $id, depth: $depth, relationshipTypes: $types, first: $first) {
    truncated
    nodes { __typename id name }
    relationships { ...Rel }
  }
}
${REL}`;

export const POLICY_REGIONS = `query ExplorerPolicyRegions($id: ID!, $maxHops: Int) {
  policy: node(id: $id) { __typename id name }
  policyRegionLinks(policyId: $id, maxHops: $maxHops, first: 60) {
    length
    region { id name }
    path { nodes { __typename id name } relationships { ...Rel } }
  }
}
${REL}`;

export const PATH = `query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {
  fromNode: node(id: $from) { __typename id name }
  toNode: node(id: $to) { __typename id name }
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes { __typename id name }
    relationships { ...Rel }
  }
}
${REL}`;

// Each label's `kind` is its own enum, and one selection may not give a name two types: hence the aliases.
export const NODE = `query ExplorerNode($id: ID!) {
  node(id: $id) {
    __typename id name
    sources(first: 8) { ...Src }
    ... on Policy { policyKind: kind yearRange curated }
    ... on Agency { agencyKind: kind curated }
    ... on Region {
      level code curated
      parent { id name }
      metrics(first: 60) { totalCount nodes { id subject value unit kind period } }
    }
    ... on Project { projectKind: kind status statusText curated region { id name } }
    ... on Metric {
      subject value valueMax unit metricKind: kind period valueText qualifier curated
      region { id name }
      report { id name }
    }
    ... on Passage { text start end sectionTitle report { id name } mentions(first: 30) { __typename id name } }
    ... on Report { title issuer year period publishDate chars }
  }
}
${SOURCE}`;

/** The same indicator (subject and unit) wherever the reports state it: the chart of a Metric node. */
export const INDICATOR = `query ExplorerIndicator($subject: String!, $unit: String!) {
  metrics(where: { subjectEquals: $subject, unit: [$unit] }, first: 12) {
    totalCount
    nodes { id value unit kind period region { name } report { name } }
  }
}`;

export const REPORT_TEXT = `query ExplorerReportText($id: ID!) {
  node(id: $id) { __typename id name ... on Report { title issuer year period chars text } }
}`;
