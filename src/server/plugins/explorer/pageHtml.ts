const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// `<` escaped so the JSON can never close the data block, whatever an id or a title contains.
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** What one page of the explorer needs: its module, its stylesheets, its static markup and its settings. */
export interface PageSpec {
  title: string;
  /** URL prefix of the assets */
  assets: string;
  /** the page's entry module, a file name under `assets` */
  script: string;
  /** stylesheets under `assets`, in order */
  styles: string[];
  /** static markup of the body; the module fills it in */
  body: string;
  /** settings the module reads from the JSON data block `#kg-config` */
  config: Record<string, unknown>;
}

/**
 * The HTML shell of an explorer page: no inline script (settings sit in a non-executable JSON block) and no
 * inline style. The first stylesheet carries the id cytoscape looks for before it injects a `<style>` element
 * of its own, which a `style-src 'self'` policy would block; explorer.css has the one rule it would have added.
 * Example: `pageHtml({ title: 'Report', assets: '/explore-assets', script: 'report.js', styles: ['explorer.css'], body: '<main></main>', config: {} })`.
 */
export function pageHtml(spec: PageSpec): string {
  const links = spec.styles.map(
    (s, i) => `<link rel="stylesheet" href="${spec.assets}/${s}"${i === 0 ? ' id="__________cytoscape_stylesheet"' : ''}>`,
  );
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(spec.title)}</title>
<link rel="icon" href="data:,">
${links.join('\n')}
</head>
<body>
${spec.body}
<script id="kg-config" type="application/json">${jsonForScript(spec.config)}</script>
<script type="module" src="${spec.assets}/${spec.script}"></script>
</body>
</html>
`;
}
