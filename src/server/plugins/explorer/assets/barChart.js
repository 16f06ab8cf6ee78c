import { svg } from './dom.js';

const ROW = 22;
const LABEL_WIDTH = 140;
const VALUE_WIDTH = 62;

const format = (v) => (Math.abs(v) >= 1000 ? v.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(Math.round(v * 100) / 100));

function cut(text, max) {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/**
 * A horizontal bar chart as SVG: one row per bar (label, bar from zero, value), negative values to the left
 * of the zero line. Presentation goes through attributes and classes of explorer.css, not inline styles.
 * Example: `barChart({ label: 'Year-on-year growth (%)', unit: '%', bars: [{ label: '地区生产总值', value: 4.6, detail: '2023年1—6月' }] })`.
 */
export function barChart({ label, unit, bars, width = 370 }) {
  const values = bars.map((b) => b.value);
  const lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const plot = width - LABEL_WIDTH - VALUE_WIDTH;
  const x = (v) => LABEL_WIDTH + ((v - lo) / (hi - lo)) * plot;
  const height = bars.length * ROW + 6;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 3;
    const left = Math.min(x(0), x(b.value));
    const barWidth = Math.max(1, Math.abs(x(b.value) - x(0)));
    return svg(
      'g',
      { class: b.value < 0 ? 'bar negative' : 'bar' },
      svg('title', null, `${b.label}: ${b.value} ${unit}${b.detail ? ` (${b.detail})` : ''}`),
      svg('text', { x: LABEL_WIDTH - 6, y: y + 14, 'text-anchor': 'end', class: 'bar-label' }, cut(b.label, 11)),
      svg('rect', { x: left, y: y + 3, width: barWidth, height: ROW - 8, rx: 2 }),
      svg('text', { x: width - VALUE_WIDTH + 6, y: y + 14, class: 'bar-value' }, `${format(b.value)} ${unit}`),
    );
  });
  return svg(
    'svg',
    { class: 'bar-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    svg('line', { x1: x(0), x2: x(0), y1: 0, y2: height, class: 'zero' }),
    rows,
  );
}
