/**
 * The peer's view of our graph: @neo4j/graphql type definitions for the labels and relationships our ingest
 * writes (cypher/ingest/mergeNodes.cypher, mergeEdges.cypher; README "The graph"), each relationship in the
 * direction the graph stores it. Enum-like properties are plain strings: the peer reads the stored values as
 * they are, with none of our API's normalisation. Only the benchmark uses this.
 */
export const peerTypeDefs = /* GraphQL */ `
  type Policy @node {
    id: ID!
    name: String!
    kind: String
    yearRange: String
    "(Policy)-[:SUPPORTS]->(Region)"
    supportsRegions: [Region!]! @relationship(type: "SUPPORTS", direction: OUT)
    "(Policy)-[:SUPPORTS]->(Project)"
    supportsProjects: [Project!]! @relationship(type: "SUPPORTS", direction: OUT)
    "(Policy)-[:ISSUED_BY]->(Agency)"
    issuedBy: [Agency!]! @relationship(type: "ISSUED_BY", direction: OUT)
    "(Policy)-[:APPROVED_BY]->(Agency)"
    approvedBy: [Agency!]! @relationship(type: "APPROVED_BY", direction: OUT)
  }

  type Agency @node {
    id: ID!
    name: String!
    kind: String
    "(Agency)-[:LOCATED_IN]->(Region)"
    regions: [Region!]! @relationship(type: "LOCATED_IN", direction: OUT)
    "(Policy)-[:ISSUED_BY]->(Agency)"
    issued: [Policy!]! @relationship(type: "ISSUED_BY", direction: IN)
    "(Agency)-[:IMPLEMENTS]->(Project)"
    implements: [Project!]! @relationship(type: "IMPLEMENTS", direction: OUT)
  }

  type Region @node {
    id: ID!
    name: String!
    level: String
    code: String
    "(Region)-[:PART_OF]->(Region): every region of the bundled dataset has at most one"
    parent: Region @relationship(type: "PART_OF", direction: OUT)
    "(child)-[:PART_OF]->(Region)"
    children: [Region!]! @relationship(type: "PART_OF", direction: IN)
    "(Project)-[:LOCATED_IN]->(Region)"
    projects: [Project!]! @relationship(type: "LOCATED_IN", direction: IN)
    "(Policy)-[:SUPPORTS]->(Region)"
    supportedBy: [Policy!]! @relationship(type: "SUPPORTS", direction: IN)
    "(Metric)-[:MEASURES]->(Region)"
    metrics: [Metric!]! @relationship(type: "MEASURES", direction: IN)
  }

  type Project @node {
    id: ID!
    name: String!
    kind: String
    status: String
    statusText: String
    "(Project)-[:LOCATED_IN]->(Region)"
    regions: [Region!]! @relationship(type: "LOCATED_IN", direction: OUT)
    "(Policy)-[:SUPPORTS]->(Project)"
    supportedBy: [Policy!]! @relationship(type: "SUPPORTS", direction: IN)
    "(Metric)-[:MEASURES]->(Project)"
    metrics: [Metric!]! @relationship(type: "MEASURES", direction: IN)
  }

  type Metric @node {
    id: ID!
    name: String!
    subject: String!
    value: Float!
    valueMax: Float
    unit: String!
    kind: String
    period: String
    valueText: String
    qualifier: String
    "The report that states it, and the offset of the statement: our API's tie-break after the sort key."
    reportId: String
    start: Int
    "(Metric)-[:MEASURES]->(Region)"
    region: Region @relationship(type: "MEASURES", direction: OUT)
    "(Metric)-[:MEASURES]->(Project)"
    project: Project @relationship(type: "MEASURES", direction: OUT)
  }
`;
