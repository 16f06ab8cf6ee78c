import { toGraphNode } from '../toGraphNode';
import type { GraphNode, Page, Props, SourceRow } from '../types';
import type { Database } from '../Database';
import { composeList, composeNodeById, orderSignature } from './compose';
import type { FieldPlan, ListPlan, NodeByIdPlan, NodePlan } from './plan';

/** What a composed statement fetched for one nested field, by the kind of its plan. */
export type Prefetched =
  | { kind: 'page'; page: Page<TreeNode> }
  | { kind: 'nodes'; nodes: TreeNode[] }
  | { kind: 'sources'; sources: SourceRow[] };

/** A node with what its nested fields need, by response key. */
export interface TreeNode extends GraphNode {
  pre: Record<string, Prefetched>;
}

/** One page of a root list, with each item's sort keys (for keyset cursors) and the order they belong to. */
export interface TreePage extends Page<TreeNode> {
  order: string;
  keys: unknown[][];
}

type Raw = Props & { __labels?: string[]; __pre?: Record<string, unknown> };

function decodeNode(raw: Raw, label: string | null, plan: NodePlan): TreeNode {
  const { __labels, __pre, ...props } = raw;
  const node = toGraphNode(__labels ?? (label ? [label] : []), props);
  const fields = plan[node.label as keyof NodePlan]?.fields ?? {};
  const pre: Record<string, Prefetched> = {};
  for (const [key, f] of Object.entries(fields)) pre[key] = decodeField(f, __pre?.[key]);
  return { ...node, pre };
}

function decodeField(f: FieldPlan, value: unknown): Prefetched {
  switch (f.kind) {
    case 'sources':
      return { kind: 'sources', sources: (value ?? []) as SourceRow[] };
    case 'ancestors':
      return { kind: 'nodes', nodes: ((value ?? []) as Raw[]).map((r) => decodeNode(r, 'Region', f.node)) };
    default: {
      const label = f.kind === 'neighbours' ? f.rel.label : f.kind === 'regionList' ? f.label : 'Region';
      const v = (value ?? {}) as { total?: number; page?: Raw[] };
      const items = (v.page ?? []).map((r) => decodeNode(r, label, f.node));
      return { kind: 'page', page: { total: v.total ?? f.page.offset + items.length, offset: f.page.offset, items } };
    }
  }
}

/** Runs a root list plan as one statement (see composeList). */
export async function readListTree(db: Database, plan: ListPlan): Promise<TreePage> {
  const statement = composeList(plan);
  const [row] = await db.readStatement(statement);
  const page = ((row?.page ?? []) as Raw[]).map((r) => decodeNode(r, plan.label, plan.node));
  const keys = page.map((n) => statement.order.map((k) => n.props[k.prop] ?? null));
  const total = typeof row?.total === 'number' ? row.total : plan.page.offset + page.length;
  return { total, offset: plan.page.offset, items: page, order: orderSignature(plan.label, statement.order), keys };
}

/** Runs Query.node's plan for an entity as one statement; null when no entity has the id. */
export async function readNodeTree(db: Database, plan: NodeByIdPlan): Promise<TreeNode | null> {
  const [row] = await db.readStatement(composeNodeById(plan));
  if (!row) return null;
  return decodeNode({ ...(row.props as Props), __labels: row.labels as string[] }, null, plan.node);
}
