import { barChart } from './barChart.js';
import { h } from './dom.js';

const MAX_BARS = 12;

const KIND_NAMES = {
  YOY_GROWTH: 'Year-on-year growth',
  LEVEL: 'Level',
  SHARE: 'Share',
  COUNT: 'Count',
  TARGET: 'Target',
  CHANGE: 'Change',
};

/** Metrics grouped by kind and unit: only numbers of one kind and unit can share an axis. Largest group first. */
function groups(metrics) {
  const byKey = new Map();
  for (const m of metrics) {
    const key = `${m.kind}|${m.unit}`;
    if (!byKey.has(key)) byKey.set(key, { kind: m.kind, unit: m.unit, metrics: [] });
    byKey.get(key).metrics.push(m);
  }
  // Growth rates in % first: they are what a reader compares across a region's indicators.
  const rank = (g) => (g.kind === 'YOY_GROWTH' && g.unit === '%' ? 1e6 : 0) + g.metrics.length;
  return [...byKey.values()].sort((a, b) => rank(b) - rank(a));
}

/**
 * The metrics of a region as a small bar chart, one kind and unit at a time (a select switches between them);
 * at most 12 bars, largest values first. Returns null when there is nothing to chart.
 */
export function metricsChart(metrics, totalCount) {
  const all = groups(metrics);
  if (all.length === 0) return null;
  const holder = h('div', { class: 'chart-holder' });
  const draw = (g) => {
    const bars = [...g.metrics]
      .sort((a, b) => b.value - a.value)
      .slice(0, MAX_BARS)
      .map((m) => ({ label: m.subject, value: m.value, detail: m.period }));
    holder.replaceChildren(barChart({ label: `${KIND_NAMES[g.kind] ?? g.kind} (${g.unit})`, unit: g.unit, bars }));
  };
  const select = h(
    'select',
    { 'aria-label': 'Metric kind and unit', class: 'chart-group' },
    all.map((g, i) => h('option', { value: String(i) }, `${KIND_NAMES[g.kind] ?? g.kind} (${g.unit}) · ${g.metrics.length}`)),
  );
  select.addEventListener('change', () => draw(all[Number(select.value)]));
  draw(all[0]);
  const shown = metrics.length < totalCount ? `the first ${metrics.length} of ${totalCount} metrics` : `${totalCount} metrics`;
  return h('section', { class: 'metrics' }, h('h3', null, 'Metrics'), h('p', { class: 'muted' }, `From ${shown}; bars: at most ${MAX_BARS}, largest first.`), select, holder);
}
