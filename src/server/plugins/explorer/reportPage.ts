import { KEY_DIALOG_HTML } from './keyDialogHtml';
import { pageHtml } from './pageHtml';

const BODY = `<header class="bar">
  <a class="brand" href="/explore">policy-kg <span>graph explorer</span></a>
  <nav class="links"><a href="/">GraphiQL</a><button type="button" id="key-button">API key</button></nav>
</header>
<main class="report-view">
  <article>
    <header id="report-head"><h1 id="report-title">Loading the report…</h1><p id="report-meta"></p><p id="report-status" role="status"></p></header>
    <div id="report-text" lang="zh-CN"></div>
  </article>
</main>
${KEY_DIALOG_HTML}`;

/**
 * The /reports/:id page: the report's original text, loaded through /graphql, with `?start=&end=` (UTF-16
 * offsets, as every Source gives them) highlighted and scrolled into view.
 */
export function reportPage(options: { assets: string; endpoint: string; reportId: string }): string {
  return pageHtml({
    title: `${options.reportId} — policy-kg`,
    assets: options.assets,
    script: 'report.js',
    styles: ['explorer.css'],
    body: BODY,
    config: { endpoint: options.endpoint, reportId: options.reportId },
  });
}
