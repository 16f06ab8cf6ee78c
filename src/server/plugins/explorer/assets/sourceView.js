import { h } from './dom.js';

/** The report text page for a span: /reports/<id>?start=&end= (UTF-16 offsets, as Source gives them). */
export function reportHref(reportId, start, end) {
  const q = Number.isInteger(start) && Number.isInteger(end) ? `?start=${start}&end=${end}` : '';
  return `/reports/${encodeURIComponent(reportId)}${q}`;
}

/**
 * One source as the reader needs it: the passage of the report with the mention marked, and under it the
 * report, section and offsets, linking to the report's text at that place. Without a passage (a report's
 * title line) the mention alone is shown.
 */
export function sourceView(source) {
  const p = source.passage;
  const inside = p && source.start >= p.start && source.end <= p.end;
  const a = inside ? source.start - p.start : 0;
  const b = inside ? source.end - p.start : 0;
  const quote = inside
    ? [p.text.slice(0, a), h('mark', null, p.text.slice(a, b)), p.text.slice(b)]
    : [h('mark', null, source.text)];
  return h(
    'figure',
    { class: 'source' },
    h('blockquote', { lang: 'zh-CN' }, quote),
    h(
      'figcaption',
      null,
      h('a', { href: reportHref(source.report.id, source.start, source.end), target: '_blank', rel: 'noopener' }, source.report.name),
      p?.sectionTitle ? h('span', { class: 'muted', lang: 'zh-CN' }, ` · § ${p.sectionTitle}`) : null,
      h('span', { class: 'muted' }, ` · chars ${source.start}–${source.end} · ${source.rule}`),
    ),
  );
}
