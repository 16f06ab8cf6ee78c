import { bindKeyButton } from './askForKey.js';
import { createClient } from './createClient.js';
import { fill, h, pageConfig } from './dom.js';
import { legend, typeFilters } from './filterControls.js';
import { GraphView } from './GraphView.js';
import { indicatorChart } from './indicatorChart.js';
import { metricsChart } from './metricsChart.js';
import { modeControls } from './modeControls.js';
import { showEdge, showMessage, showNode } from './panel.js';
import { drawPath, drawPolicyRegions } from './pathViews.js';
import * as Q from './queries.js';
import { searchResults } from './searchResults.js';

// The /explore page: wires the search, the three modes, the filters and the panel to the GraphView.

const config = pageConfig();
const gql = createClient(config.endpoint);
/** Nodes one expansion asks for (the API caps `first` at 100; 50 keeps a click readable). */
const EXPANSION = 50;
const ENTITY_LABELS = new Set(config.labels);

const $ = (id) => document.getElementById(id);
const panel = $('panel');

const state = {
  mode: 'neighbourhood',
  policy: null,
  from: null,
  to: null,
  policyHops: 3,
  pathHops: 4,
  expandOnClick: true,
  expanded: new Set(),
  reportNames: new Map(),
  types: new Set(config.relationshipTypes),
  // Answers to a superseded selection are dropped.
  selection: 0,
};

const graph = new GraphView($('graph'), {
  maxNodes: config.maxNodes,
  onNodeTap: (id) => {
    run(selectNode(id));
    if (state.mode === 'neighbourhood' && state.expandOnClick) run(expand(id));
  },
  onEdgeTap: (id) => selectEdge(id),
});
// A handle for the browser console and the browser test (they read rendered positions from it).
window.kgExplorer = { cy: graph.cy, graph };

function setStatus(text, isError = false) {
  const el = $('status');
  el.textContent = text;
  el.classList.toggle('error', isError);
}

function countStatus(note = '') {
  setStatus(`${graph.size} node${graph.size === 1 ? '' : 's'} drawn (at most ${config.maxNodes})${note}`);
  $('empty-hint').hidden = graph.size > 0;
}

/** Runs a user action; its failure goes to the status line, not to an unhandled rejection. */
function run(promise) {
  promise.catch((error) => setStatus(error.message, true));
}

function updateUrl(params) {
  const url = new URL(location.href);
  url.search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined)).toString();
  history.replaceState(null, '', url);
}

const typesArg = () => (state.types.size === config.relationshipTypes.length ? null : [...state.types]);

const actions = {
  openNeighbourhood: (id) => {
    setMode('neighbourhood');
    run(openNeighbourhood(id));
  },
  expand: (id) => run(expand(id)),
  selectNode: (id) => run(selectNode(id)),
  selectEdge: (id) => selectEdge(id),
  policyRegions: (id) => {
    setMode('policy');
    run(drawPolicyRegions(views, id));
  },
  setPathEnd: (end, node) => {
    setMode('path');
    state[end] = { id: node.id, name: node.name };
    renderModeControls();
    if (state.from && state.to) run(drawPath(views));
  },
};

/** What the policy → regions and path views draw with (pathViews.js). */
const views = {
  gql,
  graph,
  state,
  panel,
  actions,
  countStatus,
  setStatus,
  updateUrl,
  clearExpanded: () => (state.expanded = new Set()),
  renderModeControls: () => renderModeControls(),
};

// ---- neighbourhood ------------------------------------------------------------------------------------------

async function openNeighbourhood(id) {
  setStatus('Loading…');
  const data = await gql(Q.NEIGHBOURHOOD, { id, depth: 1, types: typesArg(), first: EXPANSION });
  graph.clear();
  state.expanded = new Set([id]);
  const n = data.neighborhood;
  const { skipped } = graph.add(n.nodes, n.relationships);
  graph.mark(id, 'root');
  graph.mark(id, 'expanded');
  graph.applyFilters();
  updateUrl({ mode: 'neighbourhood', node: id });
  await graph.layout('cose', { randomize: true });
  countStatus(truncationNote(n.truncated, skipped));
  await selectNode(id);
}

async function expand(id) {
  if (state.expanded.has(id)) return;
  state.expanded.add(id);
  graph.mark(id, 'expanded');
  const data = await gql(Q.NEIGHBOURHOOD, { id, depth: 1, types: typesArg(), first: EXPANSION });
  const n = data.neighborhood;
  const { added, skipped } = graph.add(n.nodes, n.relationships, { near: id });
  if (added.length) await graph.layout('cose');
  countStatus(truncationNote(n.truncated, skipped));
  // The panel of the expanded node lists the relationships that just appeared.
  if (graph.cy.getElementById(id).selected()) await selectNode(id);
}

function truncationNote(truncated, skipped) {
  if (skipped) return ` · ${skipped} more not drawn: the ${config.maxNodes}-node cap is reached (clear, or filter first)`;
  if (truncated) return ` · more neighbours than one expansion draws (${EXPANSION}); filter by relationship type to see others`;
  return '';
}

// ---- selection ----------------------------------------------------------------------------------------------

async function selectNode(id) {
  const mine = ++state.selection;
  graph.select(id);
  showMessage(panel, graph.node(id)?.name ?? id, 'Loading…');
  const { node } = await gql(Q.NODE, { id });
  if (mine !== state.selection) return;
  if (!node) {
    showMessage(panel, 'Not found', `Nothing has the id ${id} any more.`);
    return;
  }
  let chart = null;
  if (node.__typename === 'Region') chart = metricsChart(node.metrics.nodes, node.metrics.totalCount);
  if (node.__typename === 'Metric') chart = indicatorChart(node, (await gql(Q.INDICATOR, { subject: node.subject, unit: node.unit })).metrics);
  if (mine !== state.selection) return;
  showNode(panel, node, { edges: graph.edgesOf(id), actions, chart });
}

function selectEdge(id) {
  const edge = graph.edge(id);
  if (!edge) return;
  state.selection++;
  graph.select(id);
  showEdge(panel, edge, { from: graph.node(edge.source), to: graph.node(edge.target), reportNames: state.reportNames, actions });
}

// ---- search, modes, filters ---------------------------------------------------------------------------------

async function search(q) {
  fill($('results'), h('p', { class: 'muted' }, 'Searching…'));
  const data = await gql(Q.SEARCH, { q, labels: state.mode === 'policy' ? ['Policy'] : null });
  fill($('results'), searchResults(q, data.search.map((hit) => hit.node), ENTITY_LABELS, pick));
}

function pick(node) {
  if (!ENTITY_LABELS.has(node.__typename)) run(selectNode(node.id));
  else if (state.mode === 'path') actions.setPathEnd(state.from ? 'to' : 'from', node);
  else if (state.mode === 'neighbourhood') run(openNeighbourhood(node.id));
  else if (node.__typename === 'Policy') run(drawPolicyRegions(views, node.id));
  else showMessage(panel, 'Pick a policy', 'This mode starts from a policy.');
}

function setMode(mode) {
  state.mode = mode;
  for (const b of document.querySelectorAll('.modes button')) b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
  $('search').placeholder = mode === 'policy' ? 'Search policies, e.g. 成渝地区双城经济圈' : 'Search names and passages, e.g. 陆海新通道';
  renderModeControls();
}

function renderModeControls() {
  fill($('mode-controls'), modeControls(state, { expansion: EXPANSION, maxNodes: config.maxNodes }, {
    expandOnClick: (on) => (state.expandOnClick = on),
    clear: () => {
      graph.clear();
      countStatus();
      updateUrl({});
    },
    policyHops: (n) => {
      state.policyHops = n;
      if (state.policy) run(drawPolicyRegions(views, state.policy.id));
    },
    pathHops: (n) => {
      state.pathHops = n;
      if (state.from && state.to) run(drawPath(views));
    },
    clearEnd: (key) => {
      state[key] = null;
      renderModeControls();
    },
    swap: () => {
      [state.from, state.to] = [state.to, state.from];
      renderModeControls();
    },
    drawPath: () => run(drawPath(views)),
  }));
}

async function loadReports() {
  const { reports } = await gql(Q.REPORTS);
  const select = $('report-filter');
  select.replaceChildren(h('option', { value: '' }, 'all reports'));
  for (const r of reports) {
    state.reportNames.set(r.id, r.name);
    select.append(h('option', { value: r.id }, r.year ? `${r.year} · ${r.name}` : r.name));
  }
}

// ---- start --------------------------------------------------------------------------------------------------

for (const b of document.querySelectorAll('.modes button')) b.addEventListener('click', () => setMode(b.dataset.mode));
$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = $('search').value.trim();
  if (q) run(search(q));
});
bindKeyButton($('key-button'), () => run(loadReports()));
fill($('type-filters'), typeFilters(config.relationshipTypes, (type, shown) => {
  if (shown) state.types.add(type);
  else state.types.delete(type);
  graph.setFilters({ types: new Set(state.types) });
}));
$('report-filter').addEventListener('change', (e) => graph.setFilters({ reportId: e.target.value }));
fill($('legend'), legend(config.labels));

const params = new URL(location.href).searchParams;
const hops = Number(params.get('hops'));
setMode(['policy', 'path'].includes(params.get('mode')) ? params.get('mode') : 'neighbourhood');
countStatus();
run(
  loadReports().then(() => {
    if (state.mode === 'policy' && params.get('policy')) {
      if (hops >= 1 && hops <= 4) state.policyHops = hops;
      return drawPolicyRegions(views, params.get('policy'));
    }
    if (state.mode === 'path' && params.get('from') && params.get('to')) {
      if (hops >= 1 && hops <= 6) state.pathHops = hops;
      state.from = { id: params.get('from'), name: params.get('from') };
      state.to = { id: params.get('to'), name: params.get('to') };
      return drawPath(views);
    }
    if (params.get('node')) return openNeighbourhood(params.get('node'));
    return undefined;
  }),
);
