import { offlinePage } from '../offlinePage';

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
  return offlinePage({
    title: spec.title,
    stylesheets: spec.styles.map((s, i) => ({ href: `${spec.assets}/${s}`, ...(i === 0 ? { id: '__________cytoscape_stylesheet' } : {}) })),
    body: spec.body,
    config: { id: 'kg-config', value: spec.config },
    scripts: [{ src: `${spec.assets}/${spec.script}`, module: true }],
  });
}
