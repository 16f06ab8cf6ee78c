import { getArgumentValues, getNamedType, isObjectType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { EntityLabels, type EntityLabel } from '../../ingest';
import type { FieldPlan, NodePlan } from '../../store';
import { listArgs } from '../args/listArgs';
import { pageArgs, pageSize } from '../args/pagination';
import type { NeighbourSpec } from '../resolvers/neighbourConnection';
import { FIRST_NEIGHBOURS, NEIGHBOUR_CONNECTIONS, REGION_PARENTS } from '../resolvers/neighbourSpecs';

/** What a walk of one operation's selection needs: the resolve info of the root field and the page-size cap. */
export interface Walk {
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;
  maxPageSize: number;
}

type Args = Record<string, unknown>;
interface Sub {
  /** the nested connection's page wanted for each item, and whether its total is */
  connection(labels: readonly EntityLabel[]): { total: boolean; node: NodePlan };
  /** the nested object's own selection */
  object(labels: readonly EntityLabel[]): NodePlan;
}
type Build = (args: Args, sub: Sub, maxPageSize: number) => FieldPlan;

const labelsOf = (label: EntityLabel | null): readonly EntityLabel[] => (label ? [label] : EntityLabels);

function neighbourBuilders(specs: Readonly<Record<string, NeighbourSpec>>) {
  return Object.fromEntries(
    Object.entries(specs).map(([field, rel]) => {
      const build: Build = (args, sub, max) => {
        const { total, node } = sub.connection(labelsOf(rel.label));
        const page = pageArgs(args, max);
        return { kind: 'neighbours', rel, page: { first: page.first, offset: page.offset, total }, node };
      };
      return [field, build];
    }),
  );
}

function firstNeighbourBuilders(specs: Readonly<Record<string, NeighbourSpec>>) {
  return Object.fromEntries(
    Object.entries(specs).map(([field, rel]) => {
      const build: Build = (_args, sub) => ({
        kind: 'neighbours',
        rel,
        page: { first: 1, offset: 0, total: false },
        node: sub.object(labelsOf(rel.label)),
      });
      return [field, build];
    }),
  );
}

const sources: Build = (args, _sub, max) => ({ kind: 'sources', first: pageSize(args.first as number | null, max) });

/**
 * The fields one statement can fetch, per type, and how each becomes a FieldPlan from its arguments. Each builder
 * validates its arguments as the field's resolver does; one that throws is left to its resolver, which then
 * reports the same error.
 */
const FIELDS: Record<EntityLabel, Record<string, Build>> = {
  Policy: {
    sources,
    ...neighbourBuilders(NEIGHBOUR_CONNECTIONS.Policy),
    regions: (args, sub, max) => {
      const { total, node } = sub.connection(['Region']);
      const page = pageArgs(args, max);
      return { kind: 'policyRegions', page: { first: page.first, offset: page.offset, total }, node };
    },
  },
  Agency: { sources, ...neighbourBuilders(NEIGHBOUR_CONNECTIONS.Agency) },
  Region: {
    sources,
    ...neighbourBuilders(NEIGHBOUR_CONNECTIONS.Region),
    parent: (_args, sub, max) => {
      const page = pageArgs({}, max);
      // the resolver picks the parent whose name the region's `parent` names
      const node = sub.object(['Region']);
      const region = node.Region!;
      const named = { Region: { ...region, props: region.props && [...new Set([...region.props, 'name'])] } };
      return { kind: 'neighbours', rel: REGION_PARENTS, page: { first: page.first, offset: page.offset, total: false }, node: named };
    },
    ancestors: (_args, sub) => ({ kind: 'ancestors', node: sub.object(['Region']) }),
    projects: (args, sub, max) => {
      const { total, node } = sub.connection(['Project']);
      const page = pageArgs(args, max);
      const where = { includeSubregions: (args.includeSubregions as boolean | null) ?? true };
      return { kind: 'regionList', label: 'Project', where, page: { first: page.first, offset: page.offset, total }, node };
    },
    policies: (args, sub, max) => {
      const { total, node } = sub.connection(['Policy']);
      const page = pageArgs(args, max);
      return { kind: 'regionList', label: 'Policy', where: {}, page: { first: page.first, offset: page.offset, total }, node };
    },
    metrics: (args, sub, max) => {
      const where = { ...listArgs('Metric', args.where, []).where, includeSubregions: (args.includeSubregions as boolean | null) ?? false };
      const { total, node } = sub.connection(['Metric']);
      const page = pageArgs(args, max);
      return { kind: 'regionList', label: 'Metric', where, page: { first: page.first, offset: page.offset, total }, node };
    },
  },
  Project: { sources, ...neighbourBuilders(NEIGHBOUR_CONNECTIONS.Project), ...firstNeighbourBuilders(FIRST_NEIGHBOURS.Project) },
  Metric: { sources, ...firstNeighbourBuilders(FIRST_NEIGHBOURS.Metric) },
};

const ENTITY_PROPS: Record<string, readonly string[]> = { id: [], __typename: [], name: ['name'], sources: ['curatedEvidence'], curated: ['curated'] };
const SAME = (...names: string[]) => Object.fromEntries(names.map((n) => [n, [n]]));
const NONE = (...names: string[]) => Object.fromEntries(names.map((n) => [n, []]));

/**
 * The properties each field's resolver reads from its node (besides `id`). A field not listed (one added to the
 * schema since) makes its node fetch every property, as the DataLoader path does.
 */
const FIELD_PROPS: Record<EntityLabel, Record<string, readonly string[]>> = {
  Policy: { ...ENTITY_PROPS, ...SAME('kind', 'yearRange'), ...NONE('issuedBy', 'approvedBy', 'supports', 'regions'), reports: ['reportIds'] },
  Agency: { ...ENTITY_PROPS, ...SAME('kind'), ...NONE('policies', 'projects', 'regions') },
  Region: { ...ENTITY_PROPS, ...SAME('level', 'code', 'parent'), ...NONE('ancestors', 'children', 'projects', 'policies', 'metrics') },
  Project: { ...ENTITY_PROPS, ...SAME('kind', 'status', 'statusText'), ...NONE('region', 'regions', 'supportedBy', 'agencies', 'metrics') },
  Metric: {
    ...ENTITY_PROPS,
    name: ['subject', 'name'],
    subject: ['subject', 'name'],
    ...SAME('value', 'valueMax', 'unit', 'kind', 'period', 'valueText', 'qualifier'),
    ...SAME('indicator', 'periodYear', 'periodPart', 'periodMonths', 'periodPlan', 'status'),
    measure: ['measure', 'kind'],
    ...NONE('region', 'project'),
    report: ['reportId'],
  },
};

/** Merges plans of the same position from two selections (nodes and edges.node); a key they disagree on is dropped. */
function merge(a: NodePlan, b: NodePlan): NodePlan {
  const out: NodePlan = {};
  for (const label of EntityLabels) {
    const x = a[label];
    const y = b[label];
    if (!x || !y) {
      if (x ?? y) out[label] = (x ?? y)!;
      continue;
    }
    const fields: Record<string, FieldPlan> = { ...x.fields };
    for (const [key, f] of Object.entries(y.fields)) {
      if (!(key in fields)) fields[key] = f;
      else if (JSON.stringify(fields[key]) !== JSON.stringify(f)) delete fields[key];
    }
    const props = x.props === null || y.props === null ? null : [...new Set([...x.props, ...y.props])];
    out[label] = { props, fields };
  }
  return out;
}

/** What to fetch for the nodes selected by `fieldNodes` (one field's selections), for each label they may have. */
export function nodePlan(w: Walk, fieldNodes: readonly FieldNode[], labels: readonly EntityLabel[]): NodePlan {
  const plan: NodePlan = {};
  for (const label of labels) {
    const type = w.info.schema.getType(label) as GraphQLObjectType;
    const fields = collectSubfields(w.info.schema, w.info.fragments, w.info.variableValues, type, fieldNodes);
    const out: Record<string, FieldPlan> = {};
    let props: Set<string> | null = new Set();
    for (const [key, nodes] of fields) {
      const f = fieldPlan(w, label, type, nodes);
      if (f) out[key] = f;
      const reads = FIELD_PROPS[label][nodes[0].name.value];
      if (!reads) props = null;
      else if (props) for (const p of reads) props.add(p);
    }
    plan[label] = { props: props ? [...props] : null, fields: out };
  }
  return plan;
}

function fieldPlan(w: Walk, label: EntityLabel, type: GraphQLObjectType, nodes: readonly FieldNode[]): FieldPlan | null {
  const name = nodes[0].name.value;
  const build = FIELDS[label][name];
  const def = type.getFields()[name];
  if (!build || !def) return null;
  const returnType = getNamedType(def.type);
  const sub: Sub = {
    connection: (labels) => (isObjectType(returnType) ? connectionPlan(w, returnType, nodes, labels) : { total: true, node: {} }),
    object: (labels) => nodePlan(w, nodes, labels),
  };
  try {
    return build(getArgumentValues(def, nodes[0], w.info.variableValues), sub, w.maxPageSize);
  } catch {
    return null; // invalid arguments: the field's resolver reports them
  }
}

/**
 * A connection field's selection: whether it asks for the total (`totalCount` or `pageInfo`), and what to fetch
 * for its items, from `nodes` and `edges { node }` alike.
 */
export function connectionPlan(
  w: Walk,
  connectionType: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  labels: readonly EntityLabel[],
): { total: boolean; node: NodePlan } {
  const { schema, fragments, variableValues } = w.info;
  let total = false;
  const groups: (readonly FieldNode[])[] = [];
  for (const [, nodes] of collectSubfields(schema, fragments, variableValues, connectionType, fieldNodes)) {
    const name = nodes[0].name.value;
    if (name === 'totalCount' || name === 'pageInfo') total = true;
    else if (name === 'nodes') groups.push(nodes);
    else if (name === 'edges') {
      const edgeType = getNamedType(connectionType.getFields().edges.type) as GraphQLObjectType;
      for (const [, edgeFields] of collectSubfields(schema, fragments, variableValues, edgeType, nodes)) {
        if (edgeFields[0].name.value === 'node') groups.push(edgeFields);
      }
    }
  }
  const plans = groups.map((g) => nodePlan(w, g, labels));
  return { total, node: plans.length === 0 ? {} : plans.reduce(merge) };
}
