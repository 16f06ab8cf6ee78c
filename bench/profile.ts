/**
 * Database hits of every Cypher statement a list is served by, on the corpus graph (all 30 bundled reports):
 * each list file of cypher/read/ under PROFILE with representative parameters (unscoped and scoped to a region,
 * filtered and sorted), and the statements store/compose writes for the peer benchmark's shapes. Prints, per
 * statement, its db hits, rows and any full label scan (NodeByLabelScan / AllNodesScan) in its plan.
 *
 *   npm run bench -- profile [--uri bolt://… (a Neo4j already loaded with seeds/reports)]
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { composeList, composeNodeById, loadCypherFiles, type FieldPlan, type ListPlan, type NeighbourRel, type NodeByIdPlan } from '../src/store';
import { toCypherValue } from '../src/store/queries/cypherTypes';
import { startDataset, type Dataset } from './peer/dataset';

const { values } = parseArgs({ options: { uri: { type: 'string' } } });

const LIST = { nameContains: null, nameEquals: null, reportId: null, sort1: null, offset: 0, first: 20 };
const METRIC = {
  includeSubregions: true, subjectContains: null, subjectEquals: null, units: null, kinds: null, period: null,
  valueGt: null, valueGte: null, valueLt: null, valueLte: null, reportId: null, sort1: null, sort2: null, offset: 0, first: 20,
};
const CQ = 'region:重庆市';
const WANZHOU = 'region:万州区';

/** Each list file with the parameter sets it is profiled with (name → params). */
const FILES: Record<string, Record<string, Record<string, unknown>>> = {
  'read/policies': {
    'all, by name': { ...LIST, scopeIds: [null], kinds: null },
    'name contains 行动方案': { ...LIST, scopeIds: [null], kinds: null, nameContains: '行动方案' },
    '50 regions, one page each': { ...LIST, scopeIds: null, kinds: null },
  },
  'read/agencies': { 'all, by name': { ...LIST, scopeIds: [null], kinds: null }, 'in 重庆市': { ...LIST, scopeIds: [CQ], kinds: null } },
  'read/regions': {
    'all, by name desc': { ...LIST, scopeIds: [null], levels: null, sort1: 'NAME_DESC' },
    'districts within 重庆市': { ...LIST, scopeIds: [CQ], levels: ['DISTRICT'] },
  },
  'read/projects': {
    'all, by name': { ...LIST, scopeIds: [null], kinds: null, statuses: null, includeSubregions: true },
    '50 regions (shape c), LOCATED_IN only': { ...LIST, scopeIds: null, kinds: null, statuses: null, includeSubregions: false, first: 5 },
    'in 重庆市 and its sub-regions': { ...LIST, scopeIds: [CQ], kinds: null, statuses: null, includeSubregions: true },
  },
  'read/metrics': {
    '% > 10 by value desc (shape d)': { ...METRIC, scopeIds: [null], units: ['%'], valueGt: 10, sort1: 'VALUE_DESC', first: 50 },
    'all, report order': { ...METRIC, scopeIds: [null] },
    'about 万州区 only': { ...METRIC, scopeIds: [WANZHOU], includeSubregions: false },
    'about 重庆市 and sub-regions, YOY_GROWTH': { ...METRIC, scopeIds: [CQ], kinds: ['YOY_GROWTH'] },
  },
  'read/neighbours': {
    'children of 重庆市': { ids: [CQ], types: ['PART_OF'], direction: 'IN', label: 'Region', offset: 0, first: 20 },
    'supports of 50 policies': { ids: null, types: ['SUPPORTS'], direction: 'OUT', label: null, offset: 0, first: 10 },
  },
  'read/policyRegions': { '50 policies': { ids: null, offset: 0, first: 20 } },
  'read/regionAncestors': { '50 regions': { ids: null } },
  'read/mentions': { '50 policies, 20 each': { ids: null, first: 20 } },
  'read/nodesByIds': { 'a project and a report': { ids: ['project:渝昆高铁', 'chongqing-2023-h1-plan-execution-report'] } },
};

/** What store/compose writes for the peer benchmark's shapes (bench/peer/shapes.ts), as api/translate plans them. */
const page = (first: number) => ({ first, offset: 0, total: false });
const only = (props: string[], fields: Record<string, FieldPlan> = {}) => ({ props, fields });
const rel = (types: NeighbourRel['types'], direction: NeighbourRel['direction'], label: NeighbourRel['label']): NeighbourRel => ({ types, direction, label });
const COMPOSED: Record<string, { text: string; params: Record<string, unknown> }> = {
  'a node(id) with its regions': composeNodeById({
    id: 'project:渝昆高铁',
    node: { Project: only(['name', 'kind', 'status'], { regions: { kind: 'neighbours', rel: rel(['LOCATED_IN'], 'OUT', 'Region'), page: page(5), node: { Region: only(['name']) } } }) },
  } satisfies NodeByIdPlan),
  'b 30 projects→regions→parent': composeList({
    label: 'Project', where: {}, orderBy: [], page: { first: 30, offset: 0 }, total: false,
    node: {
      Project: only(['name'], {
        regions: {
          kind: 'neighbours', rel: rel(['LOCATED_IN'], 'OUT', 'Region'), page: page(5),
          node: { Region: only(['name', 'parent'], { parent: { kind: 'neighbours', rel: rel(['PART_OF'], 'OUT', 'Region'), page: page(20), node: { Region: only(['name']) } } }) },
        },
      }),
    },
  } satisfies ListPlan),
  'c 50 policies→regions→projects': composeList({
    label: 'Policy', where: {}, orderBy: [], page: { first: 50, offset: 0 }, total: false,
    node: {
      Policy: only(['name'], {
        supports: {
          kind: 'neighbours', rel: rel(['SUPPORTS'], 'OUT', null), page: page(10),
          node: {
            Policy: only([]), Agency: only([]), Project: only([]), Metric: only([]),
            Region: only(['name'], { projects: { kind: 'regionList', label: 'Project', where: { includeSubregions: false }, page: page(5), node: { Project: only(['name']) } } }),
          },
        },
      }),
    },
  } satisfies ListPlan),
  'd metrics % > 10 by value': composeList({
    label: 'Metric', where: { unit: ['%'], valueGt: 10 }, orderBy: [{ field: 'VALUE', direction: 'DESC' }], page: { first: 50, offset: 0 }, total: false,
    node: { Metric: only(['subject', 'name', 'value', 'unit'], { region: { kind: 'neighbours', rel: rel(['MEASURES'], 'OUT', 'Region'), page: page(1), node: { Region: only(['name']) } } }) },
  } satisfies ListPlan),
  'e 100 policies + totalCount': composeList({ label: 'Policy', where: {}, orderBy: [], page: { first: 100, offset: 0 }, total: true, node: { Policy: only(['name']) } } satisfies ListPlan),
};

interface PlanNode {
  operatorType: string;
  dbHits: number;
  children: PlanNode[];
}
const walk = (p: PlanNode): PlanNode[] => [p, ...p.children.flatMap(walk)];

async function main() {
  let dataset: Dataset | undefined;
  try {
    if (!values.uri) dataset = await startDataset({ log: (l) => console.log(l) });
    const driver = neo4j.driver(values.uri ?? dataset!.uri, undefined, { disableLosslessIntegers: true });
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const sample = async (q: string) => (await session.run(q)).records.map((r) => r.get(0) as string);
    const samples = {
      policies: await sample('MATCH (n:Policy) RETURN n.id ORDER BY n.name, n.id LIMIT 50'),
      regions: await sample('MATCH (n:Region) RETURN n.id ORDER BY n.name, n.id LIMIT 50'),
    };
    const files = loadCypherFiles();
    const profile = async (text: string, params: Record<string, unknown>) => {
      const result = await session.run(`PROFILE ${text}`, params);
      const ops = walk(result.summary.profile as unknown as PlanNode);
      const scans = [...new Set(ops.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o.operatorType)).map((o) => o.operatorType.replace(/@.*/, '')))];
      return { hits: ops.reduce((s, o) => s + o.dbHits, 0), rows: result.records.length, scans };
    };
    const line = (a: string, b: string, r: { hits: number; rows: number; scans: string[] }) =>
      console.log(`${a.padEnd(22)} ${b.padEnd(42)} ${String(r.hits).padStart(8)} ${String(r.rows).padStart(5)}  ${r.scans.join(', ') || '–'}`);
    console.log(`\n${'file'.padEnd(22)} ${'parameters'.padEnd(42)} ${'db hits'.padStart(8)} ${'rows'.padStart(5)}  label scans`);
    let total = 0;
    for (const [name, cases] of Object.entries(FILES)) {
      const file = files.get(name)!;
      for (const [label, raw] of Object.entries(cases)) {
        const filled = { ...raw } as Record<string, unknown>;
        if (filled.scopeIds === null) filled.scopeIds = samples.regions;
        if (filled.ids === null) filled.ids = name === 'read/regionAncestors' || name === 'read/neighbours' && label.startsWith('children') ? samples.regions : samples.policies;
        const params = Object.fromEntries(Object.entries(file.paramTypes).map(([k, t]) => [k, toCypherValue(filled[k], t)]));
        const r = await profile(file.body, params);
        total += r.hits;
        line(name, label, r);
      }
    }
    console.log(`${''.padEnd(22)} ${'all list files'.padEnd(42)} ${String(total).padStart(8)}`);
    console.log(`\n${'composed (store/compose)'.padEnd(65)} ${'db hits'.padStart(8)} ${'rows'.padStart(5)}  label scans`);
    for (const [label, s] of Object.entries(COMPOSED)) line('', label, await profile(s.text, s.params));
    await session.close();
    await driver.close();
  } finally {
    await dataset?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
