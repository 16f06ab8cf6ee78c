import cytoscape from './cytoscape.esm.min.mjs';
import { graphStyle, shortLabel } from './graphStyle.js';

/** Above this many drawn nodes layouts run without animation, which would only slow a big graph down. */
const ANIMATE_UP_TO = 80;
/** More relationships than this around one node and their labels no longer fit around its middle. */
const HUB_DEGREE = 8;

const edgeId = (r) => `${r.from}|${r.type}|${r.to}`;

/**
 * The drawing: a cytoscape instance plus what the explorer needs around it. It never holds more than
 * `maxNodes` nodes (what does not fit is counted, not drawn), hides what the filters exclude, and marks its
 * container `data-state` "layout" while a layout runs and "ready" when the drawing is still.
 * Example: `const view = new GraphView(el, { maxNodes: 300, onNodeTap: (id) => … }); view.add(nodes, rels); await view.layout('cose');`
 */
export class GraphView {
  constructor(container, { maxNodes, onNodeTap, onEdgeTap }) {
    this.container = container;
    this.maxNodes = maxNodes;
    this.filters = { types: null, reportId: '' };
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.15,
      maxZoom: 3,
      // Big graphs: pan and zoom a snapshot instead of redrawing every frame.
      textureOnViewport: true,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (e) => onNodeTap?.(e.target.id()));
    this.cy.on('tap', 'edge', (e) => onEdgeTap?.(e.target.id()));
    this.cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    this.setState('empty');
  }

  setState(state) {
    this.container.dataset.state = state;
  }

  get size() {
    return this.cy.nodes().length;
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  clear() {
    this.cy.elements().remove();
    this.setState('empty');
  }

  /**
   * Adds nodes ({__typename, id, name}) and relationships ({type, from, to, sources, reportIds, curated}); new
   * nodes start around `near` so that a layout without randomising moves them little. Returns the ids added
   * and how many nodes the cap left out.
   */
  add(nodes, relationships, { near } = {}) {
    const centre = near && this.has(near) ? this.cy.getElementById(near).position() : null;
    const fresh = nodes.filter((n) => !this.has(n.id));
    const room = Math.max(0, this.maxNodes - this.size);
    const kept = fresh.slice(0, room);
    const elements = kept.map((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, kept.length);
      return {
        group: 'nodes',
        data: { id: n.id, label: n.__typename, name: n.name, display: shortLabel(n.name) },
        position: centre ? { x: centre.x + 70 * Math.cos(angle), y: centre.y + 70 * Math.sin(angle) } : undefined,
      };
    });
    this.cy.add(elements);
    for (const r of relationships) {
      const id = edgeId(r);
      if (!this.has(r.from) || !this.has(r.to)) continue;
      const data = { id, source: r.from, target: r.to, type: r.type, reportIds: r.reportIds ?? [], sources: r.sources ?? [], curated: r.curated };
      const existing = this.cy.getElementById(id);
      if (existing.nonempty()) existing.data(data);
      else this.cy.add({ group: 'edges', data, classes: r.curated ? 'curated' : '' });
    }
    this.placeEdgeLabels();
    this.applyFilters();
    return { added: kept.map((n) => n.id), skipped: fresh.length - kept.length };
  }

  /** Edges of a node with more than HUB_DEGREE relationships carry their label at their other end. */
  placeEdgeLabels() {
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => {
        const s = e.source().degree();
        const t = e.target().degree();
        const crowded = Math.max(s, t) > HUB_DEGREE;
        e.toggleClass('label-at-target', crowded && s >= t);
        e.toggleClass('label-at-source', crowded && s < t);
      });
    });
  }

  node(id) {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n.data() : null;
  }

  edge(id) {
    const e = this.cy.getElementById(id);
    return e.nonempty() && e.isEdge() ? e.data() : null;
  }

  /** The drawn relationships of a node, for the panel's list. */
  edgesOf(id) {
    const n = this.cy.getElementById(id);
    if (n.empty()) return [];
    return n.connectedEdges().map((e) => {
      const d = e.data();
      const otherId = d.source === id ? d.target : d.source;
      return { id: d.id, type: d.type, outgoing: d.source === id, other: this.node(otherId), hidden: e.hasClass('filtered') };
    });
  }

  mark(id, className, on = true) {
    this.cy.getElementById(id).toggleClass(className, on);
  }

  /** types: a Set of relationship types to show (null = all); reportId: show only what that report states. */
  setFilters(filters) {
    this.filters = { ...this.filters, ...filters };
    this.applyFilters();
  }

  applyFilters() {
    const { types, reportId } = this.filters;
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => {
        const hide = (types && !types.has(e.data('type'))) || (reportId && !e.data('reportIds').includes(reportId));
        e.toggleClass('filtered', Boolean(hide));
      });
      // A node goes when every relationship that drew it is filtered out; roots and lone nodes stay.
      this.cy.nodes().forEach((n) => {
        const edges = n.connectedEdges();
        const hide = !n.hasClass('root') && edges.nonempty() && edges.every((e) => e.hasClass('filtered'));
        n.toggleClass('filtered', hide);
      });
    });
  }

  select(id) {
    this.cy.elements(':selected').unselect();
    const el = this.cy.getElementById(id);
    if (el.nonempty()) el.select();
  }

  /**
   * Lays out what is visible. 'cose' (force-directed; starts from the current positions once there are any),
   * 'tree' (breadth-first from `roots`, for policy → regions) or 'chain' (`order` left to right, for a path).
   */
  layout(kind, { roots = [], order = [], randomize = false } = {}) {
    const visible = this.cy.elements().not('.filtered');
    const n = visible.nodes().length;
    const options = {
      cose: {
        name: 'cose',
        animate: n <= ANIMATE_UP_TO ? 'end' : false,
        animationDuration: 350,
        randomize,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 70,
        nodeRepulsion: () => 9000,
        nodeOverlap: 12,
        gravity: 0.3,
        numIter: n > 150 ? 600 : 1000,
        componentSpacing: 60,
        padding: 30,
      },
      tree: {
        name: 'breadthfirst',
        directed: true,
        roots: roots.filter((id) => this.has(id)),
        spacingFactor: 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        padding: 40,
        animate: false,
      },
      chain: {
        name: 'preset',
        positions: Object.fromEntries(order.map((id, i) => [id, { x: i * 170, y: i % 2 ? 46 : 0 }])),
        padding: 60,
        animate: false,
      },
    }[kind];
    this.setState('layout');
    return new Promise((resolve) => {
      const layout = visible.layout({ ...options, fit: true });
      layout.one('layoutstop', () => {
        // A lone node or two would be blown up to the maximum zoom.
        if (this.cy.zoom() > 1.4) this.cy.zoom({ level: 1.4, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
        this.setState(this.size ? 'ready' : 'empty');
        resolve();
      });
      layout.run();
    });
  }
}
