import { barChart } from './barChart.js';
import { h } from './dom.js';

/**
 * A Metric node's indicator: every statement of the same subject and unit (first page, at most 12), one bar
 * each, labelled by region and period. `metrics` is the answer of queries.js INDICATOR.
 */
export function indicatorChart(node, metrics) {
  const bars = metrics.nodes.map((m) => ({
    label: [m.region?.name, m.period].filter(Boolean).join(' ') || m.report.name,
    value: m.value,
    detail: `${m.kind}, ${m.report.name}`,
  }));
  const drawn = metrics.totalCount > bars.length ? `, the first ${bars.length} drawn` : '';
  return h(
    'section',
    { class: 'metrics' },
    h('h3', null, `${node.subject} (${node.unit}) in the reports`),
    h('p', { class: 'muted' }, `${metrics.totalCount} statement${metrics.totalCount === 1 ? '' : 's'} of this indicator${drawn}.`),
    barChart({ label: node.subject, unit: node.unit, bars }),
  );
}
