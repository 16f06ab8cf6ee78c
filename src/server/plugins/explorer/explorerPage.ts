import { KEY_DIALOG_HTML } from './keyDialogHtml';
import { pageHtml } from './pageHtml';

/** Relationship types the explorer can filter by: the entity relationships of the graph (README, "The graph"). */
export const RELATIONSHIP_TYPES = ['SUPPORTS', 'LOCATED_IN', 'PART_OF', 'IMPLEMENTS', 'ISSUED_BY', 'APPROVED_BY', 'MEASURES'] as const;

/** Node labels in legend order. */
export const NODE_LABELS = ['Policy', 'Agency', 'Region', 'Project', 'Metric'] as const;

const BODY = `<header class="bar">
  <a class="brand" href="/explore">policy-kg <span>graph explorer</span></a>
  <nav class="modes" aria-label="Mode">
    <button type="button" data-mode="neighbourhood" aria-pressed="true">Neighbourhood</button>
    <button type="button" data-mode="policy" aria-pressed="false">Policy → regions</button>
    <button type="button" data-mode="path" aria-pressed="false">Path</button>
  </nav>
  <form id="search-form" role="search">
    <input id="search" type="search" name="q" placeholder="Search names and passages, e.g. 陆海新通道" autocomplete="off" maxlength="200">
    <button type="submit">Search</button>
  </form>
  <nav class="links"><a href="/">GraphiQL</a><button type="button" id="key-button">API key</button></nav>
</header>
<main class="explorer">
  <aside class="left" aria-label="Search and filters">
    <section id="mode-controls"></section>
    <section id="results" aria-live="polite"></section>
    <section class="filters">
      <h2>Relationships</h2>
      <div id="type-filters"></div>
      <label class="report-filter">Report <select id="report-filter"><option value="">all reports</option></select></label>
    </section>
    <section class="legend" id="legend"></section>
  </aside>
  <section class="canvas" aria-label="Graph">
    <div id="graph" data-state="empty"></div>
    <p id="status" role="status"></p>
    <p id="empty-hint">Search for a policy, region, project or agency, then pick it to draw its neighbourhood.</p>
  </section>
  <aside id="panel" aria-label="Details" aria-live="polite"></aside>
</main>
${KEY_DIALOG_HTML}`;

/**
 * The /explore page: search, neighbourhood, policy → regions and path views drawn by cytoscape, and a side
 * panel with the words behind every node and edge. explore.js does everything through /graphql.
 */
export function explorerPage(options: { assets: string; endpoint: string; maxNodes: number }): string {
  return pageHtml({
    title: 'policy-kg graph explorer',
    assets: options.assets,
    script: 'explore.js',
    styles: ['explorer.css'],
    body: BODY,
    config: {
      endpoint: options.endpoint,
      maxNodes: options.maxNodes,
      relationshipTypes: RELATIONSHIP_TYPES,
      labels: NODE_LABELS,
    },
  });
}
