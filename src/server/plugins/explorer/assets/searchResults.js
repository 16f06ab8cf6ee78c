import { h } from './dom.js';

/**
 * The search hits as buttons, entities first (they can be drawn), then reports and passages (they open in the
 * panel). Each button carries `data-id` and `data-label`.
 */
export function searchResults(q, hits, entityLabels, onPick) {
  const ordered = [...hits.filter((n) => entityLabels.has(n.__typename)), ...hits.filter((n) => !entityLabels.has(n.__typename))];
  return [
    h('h2', null, `Results (${hits.length})`),
    ordered.length === 0 ? h('p', { class: 'muted' }, `Nothing matches ${q}.`) : null,
    h(
      'ul',
      { class: 'hits' },
      ordered.map((n) =>
        h(
          'li',
          null,
          h(
            'button',
            { type: 'button', class: 'hit', dataset: { id: n.id, label: n.__typename }, onclick: () => onPick(n) },
            h('span', { class: 'badge', dataset: { label: n.__typename } }, n.__typename),
            h('span', { class: 'hit-name', lang: 'zh-CN' }, n.name),
          ),
        ),
      ),
    ),
  ];
}
