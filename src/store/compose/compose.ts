import { EntityLabels, type EntityLabel } from '../../ingest';
import type { ListLabel, ListOrder, ListWhere } from '../listPages';
import type { FieldPlan, Keyset, ListPlan, NeighbourRel, NestedPage, NodeByIdPlan, NodePlan } from './plan';

/**
 * The one place Cypher is composed (STYLE 6.3): a plan of one GraphQL root field becomes one statement, in the
 * manner of @neo4j/graphql's translate layer. Each nested field is a COLLECT {} (and, for a total, COUNT {})
 * subquery inside its parent's map projection, with its own ORDER BY, SKIP and LIMIT, so a whole selection is one
 * round trip. Values are always parameters ($p0, $p1 … in order of appearance); labels and relationship types
 * come only from the plan's closed enums; property names only from the fixed tables below.
 * tests/store/compose/compose.test.ts pins the text and parameters of representative plans.
 */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/** One key of a list's order: a property and a direction. The last key is always `id`, so the order is total. */
export interface OrderKey {
  prop: 'name' | 'subject' | 'value' | 'reportId' | 'start' | 'id';
  dir: 'ASC' | 'DESC';
}

/**
 * A list's order as the .cypher list files define it: entities by name (ASC or DESC) then id; metrics by up to
 * two keys of subject or value, then the order the reports state them (reportId, start, id).
 */
export function orderKeys(label: ListLabel, orderBy: readonly ListOrder[]): OrderKey[] {
  if (label !== 'Metric') {
    const desc = orderBy[0]?.field === 'NAME' && orderBy[0].direction === 'DESC';
    return [{ prop: 'name', dir: desc ? 'DESC' : 'ASC' }, { prop: 'id', dir: 'ASC' }];
  }
  const keys: OrderKey[] = orderBy.slice(0, 2).map((o) => ({ prop: o.field === 'NAME' ? 'subject' : 'value', dir: o.direction }));
  return [...keys, { prop: 'reportId', dir: 'ASC' }, { prop: 'start', dir: 'ASC' }, { prop: 'id', dir: 'ASC' }];
}

/** The order a keyset cursor belongs to: `Metric:value DESC,reportId ASC,…`. */
export function orderSignature(label: ListLabel, keys: readonly OrderKey[]): string {
  return `${label}:${keys.map((k) => `${k.prop} ${k.dir}`).join(',')}`;
}

const DEFAULT_NESTED_ORDER: Record<'Project' | 'Policy' | 'Metric', OrderKey[]> = {
  Project: orderKeys('Project', []),
  Policy: orderKeys('Policy', []),
  Metric: orderKeys('Metric', []),
};

class Composer {
  readonly params: Record<string, unknown> = {};
  private count = 0;

  param(value: unknown): string {
    const name = `p${this.count++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** `x {.*, __pre: {…}}`: the node's properties and, per response key, what its nested fields need. */
  projection(v: string, depth: number, plan: NodePlan, labels: readonly EntityLabel[], withLabels: boolean, pad: string): string {
    const keys = [...new Set(labels.flatMap((l) => Object.keys(plan[l]?.fields ?? {})))];
    const props = labels.some((l) => !plan[l] || plan[l]!.props === null)
      ? null
      : [...new Set(['id', ...labels.flatMap((l) => plan[l]!.props ?? [])])];
    const parts = props ? props.map((p) => `.${quote(p)}`) : ['.*'];
    if (withLabels) parts.push(`__labels: labels(${v})`);
    if (keys.length > 0) {
      const inner = `${pad}    `;
      const entries = keys.map((key) => {
        const byLabel = labels.flatMap((l) => (plan[l]?.fields[key] ? [[l, plan[l]!.fields[key]] as const] : []));
        if (labels.length === 1) return `${inner}${quote(key)}: ${this.field(v, depth, byLabel[0][1], null, inner)}`;
        const whens = byLabel.map(([l, f]) => `${inner}  WHEN ${v}:${l} THEN ${this.field(v, depth, f, l, `${inner}  `)}`);
        return `${inner}${quote(key)}: CASE\n${whens.join('\n')}\n${inner}END`;
      });
      parts.push(`__pre: {\n${entries.join(',\n')}\n${pad}  }`);
    }
    return `${v} {${parts.join(', ')}}`;
  }

  /** One nested field of the node `v` (known to have label `guard` when given, for a field of one label only). */
  field(v: string, depth: number, f: FieldPlan, guard: EntityLabel | null, pad: string): string {
    const parent = guard ? `${v}:${guard}` : v;
    const c = `n${depth + 1}`;
    switch (f.kind) {
      case 'sources': {
        const m = `m${depth + 1}`;
        const p = `s${depth + 1}`;
        return [
          `COLLECT {`,
          `${pad}  MATCH (${parent})-[${m}:MENTIONED_IN]->(${p}:Passage)`,
          `${pad}  WITH ${m}, ${p} ORDER BY ${p}.reportId, ${m}.start LIMIT toInteger(${this.param(f.first)})`,
          `${pad}  RETURN {reportId: ${p}.reportId, passageId: ${p}.id, start: ${m}.start, end: ${m}.end, rule: ${m}.rule,`,
          `${pad}          text: substring(${p}.text, ${m}.start - ${p}.start, ${m}.end - ${m}.start)}`,
          `${pad}}`,
        ].join('\n');
      }
      case 'ancestors': {
        const path = `a${depth + 1}`;
        return [
          `COLLECT {`,
          `${pad}  MATCH ${path} = (${parent})-[:PART_OF*1..8]->(${c}:Region)`,
          `${pad}  WITH ${c}, length(${path}) AS d${depth + 1} ORDER BY d${depth + 1}`,
          `${pad}  RETURN ${this.projection(c, depth + 1, f.node, ['Region'], false, `${pad}  `)}`,
          `${pad}}`,
        ].join('\n');
      }
      case 'neighbours': {
        const pattern = neighbourPattern(parent, c, f.rel);
        const labels = f.rel.label ? [f.rel.label] : EntityLabels;
        return this.page(f.page, pad, {
          match: `MATCH ${pattern}\n${pad}  WITH DISTINCT ${c}`,
          count: `MATCH ${pattern} RETURN DISTINCT ${c}`,
          order: [{ prop: 'name', dir: 'ASC' }, { prop: 'id', dir: 'ASC' }],
          c,
          project: () => this.projection(c, depth + 1, f.node, labels, f.rel.label === null, `${pad}  `),
        });
      }
      case 'policyRegions': {
        const t = `t${depth + 1}`;
        const loc = `l${depth + 1}`;
        const d = `d${depth + 1}`;
        const match = [
          `MATCH (${parent})-[:SUPPORTS|IMPLEMENTS*1..2]->(${t})`,
          `OPTIONAL MATCH (${t})-[:LOCATED_IN]->(${loc}:Region)`,
          `UNWIND [x IN [${t}, ${loc}] WHERE x:Region] AS ${d}`,
          `MATCH (${d})-[:PART_OF*0..8]->(${c}:Region)`,
          `WITH DISTINCT ${c}`,
        ];
        return this.page(f.page, pad, {
          match: match.join(`\n${pad}  `),
          count: `${match.join(' ')} RETURN ${c}`,
          order: [{ prop: 'name', dir: 'ASC' }, { prop: 'id', dir: 'ASC' }],
          c,
          project: () => this.projection(c, depth + 1, f.node, ['Region'], false, `${pad}  `),
        });
      }
      case 'regionList': {
        const pattern = `(${parent})${scopePath(f.label, f.where.includeSubregions ?? true)}(${c}:${f.label})`;
        const where = this.filters(f.label, f.where, c);
        const match = `MATCH ${pattern}\n${pad}  WITH DISTINCT ${c}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
        return this.page(f.page, pad, {
          match,
          count: `${match.replace(`\n${pad}  `, ' ')} RETURN ${c}`,
          order: DEFAULT_NESTED_ORDER[f.label],
          c,
          project: () => this.projection(c, depth + 1, f.node, [f.label], false, `${pad}  `),
        });
      }
    }
  }

  /** A connection value: `{page: COLLECT {…}}`, with `total: COUNT {…}` when the total is wanted. */
  private page(
    page: NestedPage,
    pad: string,
    q: { match: string; count: string; order: readonly OrderKey[]; c: string; project: () => string },
  ): string {
    const skip = page.offset > 0 ? ` SKIP toInteger(${this.param(page.offset)})` : '';
    const limit = ` LIMIT toInteger(${this.param(page.first)})`;
    const items = [
      `COLLECT {`,
      `${pad}  ${q.match}`,
      `${pad}  WITH ${q.c} ORDER BY ${orderBy(q.c, q.order)}${skip}${limit}`,
      `${pad}  RETURN ${q.project()}`,
      `${pad}}`,
    ].join('\n');
    return page.total ? `{total: COUNT { ${q.count} }, page: ${items}}` : `{page: ${items}}`;
  }

  /** The `where` of a list as predicates on `c`, every value a parameter. */
  filters(label: ListLabel, where: ListWhere[ListLabel], c: string): string[] {
    const w = where as Partial<ListWhere['Project'] & ListWhere['Region'] & ListWhere['Metric']>;
    const out: string[] = [];
    const add = (value: unknown, pred: (p: string) => string) => {
      if (value !== null && value !== undefined) out.push(pred(this.param(value)));
    };
    if (label === 'Metric') {
      // a value that is not a finite number (only a hand-made write can store one) would break sorts and JSON
      out.push(`(${c}.value IS NULL OR abs(${c}.value) <= 1.7976931348623157e308)`);
      add(w.subjectContains, (p) => `${c}.subject CONTAINS ${p}`);
      add(w.subjectEquals, (p) => `${c}.subject = ${p}`);
      // one unit is an equality, which the (unit, value) index can seek and keep in value order
      if (w.unit?.length === 1) add(w.unit[0], (p) => `${c}.unit = ${p}`);
      else add(w.unit, (p) => `${c}.unit IN ${p}`);
      add(w.kind, (p) => `${c}.kind IN ${p}`);
      add(w.period, (p) => `${c}.period = ${p}`);
      add(w.valueGt, (p) => `${c}.value > ${p}`);
      add(w.valueGte, (p) => `${c}.value >= ${p}`);
      add(w.valueLt, (p) => `${c}.value < ${p}`);
      add(w.valueLte, (p) => `${c}.value <= ${p}`);
      add(w.reportId, (p) => `${c}.reportId = ${p}`);
      return out;
    }
    add(w.nameContains, (p) => `${c}.name CONTAINS ${p}`);
    add(w.nameEquals, (p) => `${c}.name = ${p}`);
    if (label === 'Region') add(w.level, (p) => `${c}.level IN ${p}`);
    else add(w.kind, (p) => `${c}.kind IN ${p}`);
    if (label === 'Project') add(w.status, (p) => `${c}.status IN ${p}`);
    add(w.reportId, (p) => `${p} IN ${c}.reportIds`);
    return out;
  }

  /** Rows after a keyset position in this order (nulls sort last ascending and first descending, as in Cypher). */
  after(c: string, keys: readonly OrderKey[], values: readonly unknown[]): string {
    let expr = '';
    for (let i = keys.length - 1; i >= 0; i--) {
      const { prop, dir } = keys[i];
      const x = `${c}.${prop}`;
      const value = values[i] ?? null;
      const p = value === null ? '' : this.param(value);
      const gt = value === null ? (dir === 'ASC' ? null : `${x} IS NOT NULL`) : dir === 'ASC' ? `(${x} > ${p} OR ${x} IS NULL)` : `${x} < ${p}`;
      const eq = value === null ? `${x} IS NULL` : `${x} = ${p}`;
      if (i === keys.length - 1) expr = gt ?? 'false';
      else expr = gt ? `${gt} OR (${eq} AND (${expr}))` : `${eq} AND (${expr})`;
    }
    return `(${expr})`;
  }
}

const quote = (key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``);

function orderBy(c: string, keys: readonly OrderKey[]): string {
  return keys.map((k) => `${c}.${k.prop}${k.dir === 'DESC' ? ' DESC' : ''}`).join(', ');
}

function neighbourPattern(parent: string, c: string, rel: NeighbourRel): string {
  const types = rel.types.join('|');
  const target = `(${c}:${rel.label ?? 'Entity'})`;
  if (rel.direction === 'OUT') return `(${parent})-[:${types}]->${target}`;
  if (rel.direction === 'IN') return `(${parent})<-[:${types}]-${target}`;
  return `(${parent})-[:${types}]-${target}`;
}

/**
 * From a region inwards to the items of a list scoped to it: what the list files' EXISTS patterns state, read
 * from the scope's side (so a scoped list walks the scope's subtree instead of testing every node of the label).
 */
function scopePath(label: ListLabel, includeSubregions: boolean): string {
  const sub = '<-[:PART_OF*0..8]-';
  switch (label) {
    case 'Region':
      return sub;
    case 'Agency':
      return `${sub}(:Region)<-[:LOCATED_IN]-`;
    case 'Policy':
      return `${sub}(:Region)<-[:LOCATED_IN*0..1]-()<-[:SUPPORTS|IMPLEMENTS*1..2]-`;
    case 'Project':
      return includeSubregions ? `${sub}(:Region)<-[:LOCATED_IN]-` : '<-[:LOCATED_IN]-';
    case 'Metric':
      return includeSubregions ? `${sub}(:Region)<-[:MEASURES]-` : '<-[:MEASURES]-';
  }
}

/** The region a root list is scoped to: `withinRegionId` for regions, `regionId` for the others. */
function rootScope(label: ListLabel, where: ListWhere[ListLabel]): string | null {
  const w = where as { regionId?: string | null; withinRegionId?: string | null };
  return (label === 'Region' ? w.withinRegionId : w.regionId) ?? null;
}

/**
 * A root list field as one statement: `total` (when asked) from a COUNT of the filtered list, and `page` the items
 * in order after the cursor, each with its nested fields. A keyset position in the same order seeks past the
 * previous page's last item; otherwise the page skips `offset` items.
 */
export function composeList(plan: ListPlan): Statement & { order: OrderKey[] } {
  const q = new Composer();
  const { label } = plan;
  const scope = rootScope(label, plan.where);
  const keys = orderKeys(label, plan.orderBy);
  const where = q.filters(label, plan.where, 'n0');
  const includeSubregions = (plan.where as { includeSubregions?: boolean | null }).includeSubregions ?? true;
  const match = scope === null
    ? `MATCH (n0:${label})`
    : `MATCH (:Region {id: ${q.param(scope)}})${scopePath(label, includeSubregions)}(n0:${label})\n  WITH DISTINCT n0`;
  const filtered = (extra: string[]) => {
    const all = [...where, ...extra];
    return all.length ? `${match}\n  WHERE ${all.join('\n    AND ')}` : match;
  };
  // How the page reads in order from an index instead of sorting every row: a page by name is a scan of the
  // label's name index (every entity has a name, so `IS NOT NULL` keeps them all), and metrics of one unit by
  // value a seek of the (unit, value) index, with the unit — the same for every row — as a leading sort key.
  const indexed: string[] = [];
  let sortKeys: string = orderBy('n0', keys);
  if (scope === null && label !== 'Metric') indexed.push('n0.name IS NOT NULL');
  const units = (plan.where as ListWhere['Metric']).unit;
  if (scope === null && label === 'Metric' && units?.length === 1 && keys[0].prop === 'value') sortKeys = `n0.unit${keys[0].dir === 'DESC' ? ' DESC' : ''}, ${sortKeys}`;
  const after = plan.page.after;
  const seek = after && after.order === orderSignature(label, keys) && after.keys.length === keys.length ? [q.after('n0', keys, after.keys)] : [];
  const skip = seek.length === 0 && plan.page.offset > 0 ? ` SKIP toInteger(${q.param(plan.page.offset)})` : '';
  const limit = ` LIMIT toInteger(${q.param(plan.page.first)})`;
  // the page's own sort keys are read for its keyset cursors
  const withKeys: typeof plan.node = Object.fromEntries(
    Object.entries(plan.node).map(([l, p]) => [l, p && p.props ? { ...p, props: [...p.props, ...keys.map((k) => k.prop)] } : p]),
  );
  const lines: string[] = [];
  if (plan.total) lines.push(`CALL () {`, `  ${filtered([])}`, `  RETURN count(n0) AS total`, `}`);
  lines.push(
    `CALL () {`,
    `  ${filtered([...indexed, ...seek])}`,
    `  WITH n0 ORDER BY ${sortKeys}${skip}${limit}`,
    `  RETURN collect(${q.projection('n0', 0, withKeys, [label as EntityLabel], false, '  ')}) AS page`,
    `}`,
    plan.total ? `RETURN total, page` : `RETURN page`,
  );
  return { text: lines.join('\n'), params: q.params, order: keys };
}

/** Query.node for an entity: the node of that id with its nested fields (no row: no entity of that id). */
export function composeNodeById(plan: NodeByIdPlan): Statement {
  const q = new Composer();
  const text = [
    `MATCH (n0:Entity {id: ${q.param(plan.id)}})`,
    `RETURN labels(n0) AS labels, ${q.projection('n0', 0, plan.node, EntityLabels, false, '')} AS props`,
  ].join('\n');
  return { text, params: q.params };
}
