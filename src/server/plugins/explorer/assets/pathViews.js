import { showLinks, showMessage, showPath } from './panel.js';
import { PATH, POLICY_REGIONS } from './queries.js';

// The two views that draw paths rather than neighbourhoods. `v` is what explore.js hands them: gql, graph,
// state, panel, actions, countStatus, setStatus, updateUrl, clearExpanded, renderModeControls.

/** Policy → regions: the union of the policy's paths to regions, as a tree from the policy. */
export async function drawPolicyRegions(v, id) {
  v.setStatus('Loading…');
  const data = await v.gql(POLICY_REGIONS, { id, maxHops: v.state.policyHops });
  if (!data.policy || data.policy.__typename !== 'Policy') {
    showMessage(v.panel, 'Not a policy', `${id} is not a policy: search for one in this mode.`);
    return;
  }
  v.state.policy = { id, name: data.policy.name };
  v.renderModeControls();
  const links = data.policyRegionLinks;
  const nodes = new Map([[id, data.policy]]);
  for (const l of links) for (const n of l.path.nodes) nodes.set(n.id, n);
  v.graph.clear();
  v.clearExpanded();
  v.graph.add([...nodes.values()], links.flatMap((l) => l.path.relationships));
  v.graph.mark(id, 'root');
  for (const l of links) v.graph.mark(l.region.id, 'target');
  v.graph.applyFilters();
  v.updateUrl({ mode: 'policy', policy: id, hops: v.state.policyHops });
  await v.graph.layout('tree', { roots: [id] });
  v.countStatus(` · ${links.length} path${links.length === 1 ? '' : 's'} to regions`);
  showLinks(v.panel, v.state.policy, links, v.actions);
}

/** The shortest path between state.from and state.to, left to right. */
export async function drawPath(v) {
  const { state } = v;
  v.setStatus('Loading…');
  const data = await v.gql(PATH, { from: state.from.id, to: state.to.id, maxHops: state.pathHops });
  if (data.fromNode) state.from = data.fromNode;
  if (data.toNode) state.to = data.toNode;
  v.renderModeControls();
  v.updateUrl({ mode: 'path', from: state.from.id, to: state.to.id, hops: state.pathHops });
  v.graph.clear();
  v.clearExpanded();
  if (!data.path) {
    v.countStatus();
    showMessage(v.panel, 'No path', `No path of at most ${state.pathHops} relationships joins ${state.from.name} and ${state.to.name}.`);
    return;
  }
  v.graph.add(data.path.nodes, data.path.relationships);
  v.graph.mark(state.from.id, 'root');
  v.graph.mark(state.to.id, 'root');
  v.graph.applyFilters();
  await v.graph.layout('chain', { order: data.path.nodes.map((n) => n.id) });
  v.countStatus(` · path of ${data.path.length}`);
  showPath(v.panel, data.path, v.actions);
}
