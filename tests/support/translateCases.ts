import { getNamedType, Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { createSchema } from '../../src/api';
import { listPlan, nodeByIdPlan } from '../../src/api/translate';
import { composeList, composeNodeById, type ListLabel, type ListPlan, type NodeByIdPlan, type Statement } from '../../src/store';

/**
 * Representative selections of the root fields that are translated into one statement: the peer benchmark's
 * shapes, every kind of nested field, fragments on the Node interface, aliases, totals, filters, sorts and cursors.
 */
export const TRANSLATE_CASES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'node by id, no nesting': { query: '{ node(id: "project:渝昆高铁") { id name ... on Project { kind status } } }' },
  'node by id, nested on two types': {
    query: `{ node(id: "region:重庆市") { id ... on Region { parent { name } ancestors { name } children(first: 3) { totalCount nodes { name } }
      metrics(first: 5, where: {kind: [YOY_GROWTH]}) { totalCount nodes { value region { name } } } sources(first: 2) { text } }
      ... on Project { region { name } } } }`,
  },
  'b 30 projects→regions→parent': { query: '{ projects(first: 30) { nodes { id name regions(first: 5) { nodes { id name parent { id name } } } } } }' },
  'c 50 policies→supports→projects': {
    query: '{ policies(first: 50) { nodes { id name supports(first: 10) { nodes { __typename id ... on Region { name projects(first: 5, includeSubregions: false) { nodes { id name } } } } } } } }',
  },
  'd metrics % > 10 by value': {
    query: '{ metrics(where: { unit: ["%"], valueGt: 10 }, orderBy: [{ field: VALUE, direction: DESC }], first: 50) { nodes { id subject value unit region { id name } } } }',
  },
  'e 100 policies + totalCount': { query: '{ policies(first: 100) { totalCount nodes { id name } } }' },
  'regions within a region, by name desc, edges and pageInfo': {
    query: `{ regions(first: 10, where: {withinRegionId: "region:重庆市", level: [DISTRICT]}, orderBy: [{field: NAME, direction: DESC}]) {
      edges { cursor node { name projects { totalCount } policies(first: 2) { nodes { name } } } } pageInfo { hasNextPage endCursor } } }`,
  },
  'agencies with policies and projects, an alias and a fragment': {
    query: `query($n: Int) { agencies(first: $n, where: {nameContains: "委", kind: [COMMISSION]}) { nodes { ...A other: regions(first: 1) { nodes { id } } } } }
      fragment A on Agency { policies(first: 3) { nodes { name issuedBy { nodes { name } } } } projects { nodes { name agencies { nodes { name } } } } regions { nodes { name } } }`,
    variables: { n: 7 },
  },
  'policies in a region with their regions and sources': {
    query: '{ policies(first: 5, where: {regionId: "region:重庆市", kind: [PLAN]}) { nodes { name regions(first: 3) { totalCount nodes { name } } approvedBy { nodes { name } } sources { text } } } }',
  },
  'projects after a keyset cursor, with their metrics and supporters': {
    query: `query($after: String) { projects(first: 3, after: $after, where: {status: [IN_OPERATION], reportId: "chongqing-2023-h1-plan-execution-report"}) {
      nodes { name supportedBy { nodes { name } } metrics(first: 2) { nodes { subject } } region { name } } } }`,
    variables: { after: Buffer.from(`k:${JSON.stringify([2, 'Project:name ASC,id ASC', ['万州机场T2航站楼', 'project:万州机场T2航站楼']])}`).toString('base64url') },
  },
  'metrics by two keys after an offset cursor, within a region': {
    query: `{ metrics(first: 4, after: "${Buffer.from('o:9').toString('base64url')}", where: {regionId: "region:重庆市", subjectContains: "增长", valueGte: 1, valueLte: 50, period: "2023年1—6月"},
      orderBy: [{field: NAME}, {field: VALUE, direction: DESC}]) { totalCount nodes { subject project { name } } } }`,
  },
  'invalid nested page sizes are left to their resolvers': { query: '{ policies(first: 2) { nodes { sources(first: 0) { text } issuedBy(first: 101) { totalCount } } } }' },
};

const schema = createSchema();

/** The plan and the statement the root field of a case's query translates to. */
export function translateCase(name: string): { plan: ListPlan | NodeByIdPlan; statement: Statement } {
  const { query, variables = {} } = TRANSLATE_CASES[name];
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const field = op.selectionSet.selections[0] as FieldNode;
  const def = schema.getQueryType()!.getFields()[field.name.value];
  const info = { schema, fragments, variableValues: variables, fieldNodes: [field], returnType: def.type };
  const args = Object.fromEntries(
    (field.arguments ?? []).map((a) => [a.name.value, valueOf(a.value, variables)]),
  ) as Record<string, never>;
  if (field.name.value === 'node') {
    const plan = nodeByIdPlan(String(args.id), 100, info);
    return { plan, statement: composeNodeById(plan) };
  }
  const label = getNamedType(def.type).name.replace('Connection', '') as ListLabel;
  const plan = listPlan(label, args, 100, info);
  return { plan, statement: composeList(plan) };
}

/** A literal argument as a resolver receives it (enough for the cases above: scalars, enums, lists, objects, variables). */
function valueOf(v: import('graphql').ValueNode, vars: Record<string, unknown>): unknown {
  switch (v.kind) {
    case Kind.VARIABLE:
      return vars[v.name.value];
    case Kind.INT:
      return Number(v.value);
    case Kind.FLOAT:
      return Number(v.value);
    case Kind.STRING:
    case Kind.ENUM:
      return v.value;
    case Kind.BOOLEAN:
      return v.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return v.values.map((x) => valueOf(x, vars));
    case Kind.OBJECT: {
      const o = Object.fromEntries(v.fields.map((f) => [f.name.value, valueOf(f.value, vars)]));
      return 'field' in o && !('direction' in o) ? { ...o, direction: 'ASC' } : o;
    }
  }
}
