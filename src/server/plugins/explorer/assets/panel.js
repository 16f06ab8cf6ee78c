import { fill, h } from './dom.js';
import { LABEL_STYLE } from './graphStyle.js';
import { reportHref, sourceView } from './sourceView.js';

// Fields the panel shows in their own sections rather than in the property table.
const OWN_SECTIONS = new Set(['__typename', 'id', 'name', 'sources', 'metrics', 'mentions', 'text', 'start', 'end']);

const badge = (label) => h('span', { class: 'badge', dataset: { label } }, label);

const linkButton = (text, onclick, title) => h('button', { type: 'button', class: 'link', onclick, title }, text);

function value(key, v, actions) {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v && typeof v === 'object' && 'id' in v) {
    if (key === 'report') return h('a', { href: reportHref(v.id), target: '_blank', rel: 'noopener' }, v.name);
    return linkButton(v.name, () => actions.openNeighbourhood(v.id), 'Draw its neighbourhood');
  }
  return String(v);
}

// queries.js aliases each label's `kind`; the panel shows the schema's name.
const FIELD_NAMES = { policyKind: 'kind', agencyKind: 'kind', projectKind: 'kind', metricKind: 'kind' };

function properties(node, actions) {
  const rows = Object.entries(node)
    .filter(([k, v]) => !OWN_SECTIONS.has(k) && v !== null && v !== undefined && v !== '')
    .map(([k, v]) => h('tr', null, h('th', { scope: 'row' }, FIELD_NAMES[k] ?? k), h('td', null, value(k, v, actions))));
  rows.unshift(h('tr', null, h('th', { scope: 'row' }, 'id'), h('td', { class: 'id' }, node.id)));
  return h('table', { class: 'props' }, h('tbody', null, rows));
}

function sourcesSection(title, sources, empty) {
  return h(
    'section',
    { class: 'sources' },
    h('h3', null, `${title} (${sources.length})`),
    sources.length ? sources.map(sourceView) : h('p', { class: 'muted' }, empty),
  );
}

function header(label, name) {
  return h('header', null, badge(label), h('h2', { lang: 'zh-CN' }, name));
}

export function showMessage(panel, title, ...lines) {
  fill(panel, h('header', null, h('h2', null, title)), lines.map((l) => h('p', { class: 'muted' }, l)));
}

/**
 * A node: what it is, its properties, what can be done from it, its drawn relationships (each opens its
 * evidence), a metrics chart when there is one, and the report passages that mention it.
 */
export function showNode(panel, node, { edges, actions, chart }) {
  const isEntity = node.__typename in LABEL_STYLE && node.__typename !== 'Report' && node.__typename !== 'Passage';
  const buttons = [
    isEntity ? h('button', { type: 'button', onclick: () => actions.expand(node.id) }, 'Expand') : null,
    node.__typename === 'Policy' ? h('button', { type: 'button', onclick: () => actions.policyRegions(node.id) }, 'Policy → regions') : null,
    isEntity ? h('button', { type: 'button', onclick: () => actions.setPathEnd('from', node) }, 'Path from here') : null,
    isEntity ? h('button', { type: 'button', onclick: () => actions.setPathEnd('to', node) }, 'Path to here') : null,
  ];
  const drawn = edges.filter((e) => e.other);
  fill(
    panel,
    header(node.__typename, node.name),
    h('div', { class: 'actions' }, buttons),
    properties(node, actions),
    chart,
    drawn.length ? relationshipList(drawn, actions) : null,
    node.__typename === 'Passage' ? passageSection(node, actions) : null,
    node.__typename === 'Report'
      ? h('p', null, h('a', { href: reportHref(node.id), target: '_blank', rel: 'noopener' }, 'Read the report'))
      : null,
    node.__typename === 'Passage' ? null : sourcesSection('Mentions in reports', node.sources ?? [], 'No report mentions it (curated).'),
  );
}

/** The node's drawn relationships, each a way to its evidence; long lists start folded. */
function relationshipList(drawn, actions) {
  return h(
    'details',
    { class: 'relationships', open: drawn.length <= 12 },
    h('summary', null, h('h3', null, `Drawn relationships (${drawn.length})`)),
    h(
      'ul',
      null,
      drawn.slice(0, 100).map((e) =>
        h(
          'li',
          { class: e.hidden ? 'hidden-by-filter' : null },
          linkButton(`${e.outgoing ? '→' : '←'} ${e.type}`, () => actions.selectEdge(e.id), 'Show the words behind it'),
          ' ',
          h('span', { lang: 'zh-CN' }, e.other.name),
        ),
      ),
    ),
  );
}

function passageSection(p, actions) {
  return h(
    'section',
    null,
    sourceView({ start: p.start, end: p.end, text: p.text, rule: 'passage', report: p.report, passage: null }),
    h('h3', null, `Mentions (${p.mentions.length})`),
    h(
      'ul',
      null,
      p.mentions.map((m) => h('li', null, badge(m.__typename), ' ', linkButton(m.name, () => actions.openNeighbourhood(m.id), 'Draw its neighbourhood'))),
    ),
  );
}

/** A relationship: its type and ends, the reports that state it, and the words that state it. */
export function showEdge(panel, edge, { from, to, reportNames, actions }) {
  const end = (n, id) => (n ? linkButton(n.name, () => actions.selectNode(id), 'Select it') : id);
  fill(
    panel,
    header('Relationship', edge.type),
    h('p', { class: 'edge-ends', lang: 'zh-CN' }, end(from, edge.source), h('span', { class: 'arrow' }, ` —${edge.type}→ `), end(to, edge.target)),
    h(
      'table',
      { class: 'props' },
      h(
        'tbody',
        null,
        h('tr', null, h('th', { scope: 'row' }, 'reports'), h('td', null, edge.reportIds.map((id) => reportNames.get(id) ?? id).join('; ') || '—')),
        h('tr', null, h('th', { scope: 'row' }, 'curated'), h('td', null, edge.curated ? 'yes' : 'no')),
      ),
    ),
    sourcesSection('Evidence', edge.sources, 'Entered through the API without evidence.'),
  );
}

/** The policy → regions view: every region reached, with the path and its length; each step selectable. */
export function showLinks(panel, policy, links, actions) {
  fill(
    panel,
    header('Policy', policy.name),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => actions.selectNode(policy.id) }, 'Policy details')),
    h('h3', null, `Regions reached (${links.length})`),
    links.length
      ? h(
          'ol',
          { class: 'links-list' },
          links.map((l) =>
            h(
              'li',
              { dataset: { region: l.region.id } },
              linkButton(l.region.name, () => actions.selectNode(l.region.id), 'Select the region'),
              h('span', { class: 'muted' }, ` · ${l.length} hop${l.length === 1 ? '' : 's'}`),
              h('div', { class: 'path-steps', lang: 'zh-CN' }, pathSteps(l.path, actions, true)),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No path reaches a region within the hop limit.'),
  );
}

/** A path as text, each relationship a button; `skipFirst` leaves out a start the header already names. */
function pathSteps(path, actions, skipFirst = false) {
  return path.nodes.flatMap((n, i) => {
    const r = path.relationships[i];
    const step = skipFirst && i === 0 ? [] : [h('span', null, n.name)];
    // A path may follow a relationship against its direction; the arrow says which way it points.
    const arrow = r && (r.from === n.id ? ` —${r.type}→ ` : ` ←${r.type}— `);
    if (r) step.push(linkButton(arrow, () => actions.selectEdge(`${r.from}|${r.type}|${r.to}`), 'Show the words behind it'));
    return step;
  });
}

/** The path view: its steps, then each relationship with the first words that state it. */
export function showPath(panel, path, actions) {
  const names = new Map(path.nodes.map((n) => [n.id, n.name]));
  fill(
    panel,
    header('Path', `${path.nodes[0].name} → ${path.nodes.at(-1).name}`),
    h('p', { class: 'muted' }, `${path.length} relationship${path.length === 1 ? '' : 's'}, in either direction.`),
    h('div', { class: 'path-steps', lang: 'zh-CN' }, pathSteps(path, actions)),
    path.relationships.map((r) =>
      h(
        'section',
        { class: 'sources' },
        h('h3', { lang: 'zh-CN' }, `${names.get(r.from)} —${r.type}→ ${names.get(r.to)}`),
        r.sources.length ? r.sources.slice(0, 2).map(sourceView) : h('p', { class: 'muted' }, 'Entered through the API without evidence.'),
      ),
    ),
  );
}
