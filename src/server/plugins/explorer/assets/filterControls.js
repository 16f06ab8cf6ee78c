import { h } from './dom.js';

/** One checkbox per relationship type, with its colour; `onChange(type, shown)`. */
export function typeFilters(types, onChange) {
  return types.map((type) => {
    const box = h('input', { type: 'checkbox', value: type, checked: true });
    box.addEventListener('change', () => onChange(type, box.checked));
    return h('label', { class: 'type-filter' }, box, h('span', { class: 'swatch', dataset: { type } }), type);
  });
}

/** The colour key of node labels. */
export function legend(labels) {
  return [h('h2', null, 'Labels'), labels.map((label) => h('span', { class: 'legend-item' }, h('span', { class: 'badge', dataset: { label } }, label)))];
}
