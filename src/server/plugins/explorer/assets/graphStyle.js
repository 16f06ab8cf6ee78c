// How the graph looks: one colour and shape per node label (Okabe–Ito colours, told apart by people with
// colour-blindness, and shapes so that colour is not the only cue), one colour per relationship type.

export const LABEL_STYLE = {
  Policy: { colour: '#d55e00', shape: 'round-rectangle' },
  Agency: { colour: '#cc79a7', shape: 'hexagon' },
  Region: { colour: '#0072b2', shape: 'ellipse' },
  Project: { colour: '#009e73', shape: 'diamond' },
  Metric: { colour: '#e69f00', shape: 'round-triangle' },
  Report: { colour: '#6b6b6b', shape: 'rectangle' },
  Passage: { colour: '#6b6b6b', shape: 'rectangle' },
};

export const TYPE_COLOURS = {
  SUPPORTS: '#b34d00',
  LOCATED_IN: '#00805c',
  PART_OF: '#2f6f9f',
  IMPLEMENTS: '#a05a86',
  ISSUED_BY: '#7a6a00',
  APPROVED_BY: '#5a5a5a',
  MEASURES: '#b88000',
};

// Canvas text uses installed fonts only (nothing is downloaded): the usual CJK faces of each platform.
export const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** A node's drawn label: long titles are cut so that neighbouring labels do not run into each other. */
export function shortLabel(name, max = 18) {
  const chars = Array.from(name ?? '');
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** The cytoscape stylesheet. */
export function graphStyle() {
  const byLabel = Object.entries(LABEL_STYLE).map(([label, s]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': s.colour, shape: s.shape },
  }));
  const byType = Object.entries(TYPE_COLOURS).map(([type, colour]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': colour, 'target-arrow-color': colour, color: colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        width: 22,
        height: 22,
        'font-family': FONT_FAMILY,
        'font-size': 11,
        color: '#1d1d1d',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': 110,
        'line-height': 1.2,
        // CJK has no spaces to break at.
        'text-overflow-wrap': 'anywhere',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 1,
        'min-zoomed-font-size': 6,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...byLabel,
    { selector: 'node.root', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1d1d1d', 'font-size': 12 } },
    { selector: 'node.target', style: { 'border-width': 3, 'border-color': '#1d1d1d' } },
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 3, 'border-color': '#1d1d1d' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        label: 'data(type)',
        'font-family': FONT_FAMILY,
        'font-size': 8,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
      },
    },
    ...byType,
    // Around a hub the midpoints crowd together; there the label moves to the far end, where there is room.
    {
      selector: 'edge.label-at-target',
      style: { label: '', 'target-label': 'data(type)', 'target-text-offset': 40, 'target-text-rotation': 'autorotate' },
    },
    {
      selector: 'edge.label-at-source',
      style: { label: '', 'source-label': 'data(type)', 'source-text-offset': 40, 'source-text-rotation': 'autorotate' },
    },
    { selector: 'edge.curated', style: { 'line-style': 'dashed' } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf00', 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { width: 5, 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00', 'z-index': 10 } },
    { selector: 'edge.hover', style: { width: 4 } },
  ];
}
