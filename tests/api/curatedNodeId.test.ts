import { curatedNodeId } from '../../src/api/curatedNodeId';
import { extractReport, type EntityLabel } from '../../src/ingest';
import { seedMeta, seedText } from '../ingest/seedReport';

const records = extractReport(seedText, { id: seedMeta.id });
const named = records.nodes.filter((n) => n.label !== 'Metric');

describe('curatedNodeId', () => {
  it('finds every kind of named entity in the seed report', () => {
    expect(new Set(named.map((n) => n.label))).toEqual(new Set(['Policy', 'Agency', 'Region', 'Project']));
  });

  it.each(named.map((n) => [n.id, n] as const))('curating the written name of %s hits that node', (_id, node) => {
    expect(curatedNodeId(node.label as EntityLabel, { name: node.name })).toBe(node.id);
  });

  it.each(named.filter((n) => n.label === 'Policy').map((n) => [n.name, n] as const))('curating 《%s》 hits the extracted policy', (_name, node) => {
    expect(curatedNodeId('Policy', { name: `《${node.name}》` })).toBe(node.id);
  });

  it('curating a metric with the figures the report states hits the extracted metric', () => {
    const metrics = records.nodes.filter((n) => n.label === 'Metric');
    expect(metrics.length).toBeGreaterThan(100);
    const missed = metrics.filter((m) => curatedNodeId('Metric', { ...m.properties, reportId: seedMeta.id }) !== m.id);
    expect(missed.map((m) => m.id)).toEqual([]);
  });
});
