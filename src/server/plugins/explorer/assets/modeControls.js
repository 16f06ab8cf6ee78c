import { h } from './dom.js';

function hopsSelect(value, max, onchange) {
  const select = h(
    'select',
    { 'aria-label': 'Most hops', id: 'hops' },
    Array.from({ length: max }, (_, i) => h('option', { value: String(i + 1), selected: i + 1 === value }, String(i + 1))),
  );
  select.addEventListener('change', () => onchange(Number(select.value)));
  return h('label', null, 'Most hops ', select);
}

/**
 * The left column's controls for the current mode. `on` holds the handlers: expandOnClick(bool), clear(),
 * policyHops(n), pathHops(n), clearEnd('from'|'to'), swap(), drawPath().
 */
export function modeControls(state, { expansion, maxNodes }, on) {
  if (state.mode === 'neighbourhood') {
    const box = h('input', { type: 'checkbox', id: 'expand-on-click', checked: state.expandOnClick });
    box.addEventListener('change', () => on.expandOnClick(box.checked));
    return [
      h('h2', null, 'Neighbourhood'),
      h('p', { class: 'muted' }, `Pick a search result to draw it and its neighbours; click a node to expand it (${expansion} nodes at most each time, ${maxNodes} drawn), click an edge to read the words behind it.`),
      h('label', null, box, ' expand a node when clicked'),
      h('div', { class: 'actions' }, h('button', { type: 'button', onclick: on.clear }, 'Clear the graph')),
    ];
  }
  if (state.mode === 'policy') {
    return [
      h('h2', null, 'Policy → regions'),
      h('p', { class: 'muted' }, 'How a policy reaches regions: what it supports, where that is, and the regions those are part of.'),
      h('p', { lang: 'zh-CN' }, state.policy ? state.policy.name : 'Search for a policy and pick it.'),
      hopsSelect(state.policyHops, 4, on.policyHops),
    ];
  }
  const end = (key, label) =>
    h(
      'p',
      { class: 'path-end' },
      `${label}: `,
      state[key] ? h('span', { lang: 'zh-CN' }, state[key].name) : h('span', { class: 'muted' }, 'pick a search result'),
      state[key] ? h('button', { type: 'button', class: 'link', 'aria-label': `Clear ${label}`, onclick: () => on.clearEnd(key) }, ' ×') : null,
    );
  return [
    h('h2', null, 'Path'),
    h('p', { class: 'muted' }, 'The shortest path between two nodes, over relationships in either direction.'),
    end('from', 'From'),
    end('to', 'To'),
    hopsSelect(state.pathHops, 6, on.pathHops),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: on.swap }, 'Swap'),
      h('button', { type: 'button', disabled: !(state.from && state.to), onclick: on.drawPath }, 'Draw the path'),
    ),
  ];
}
