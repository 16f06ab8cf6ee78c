const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// `<` escaped so the JSON can never close the data block, whatever an id, a title or an example contains.
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The Content-Security-Policy of a page served from this server's own bundles: everything from 'self' only, no
 * inline script. `inlineStyles` for libraries that set style attributes (React, CodeMirror), `dataFonts` for
 * fonts inlined as data: URIs in a bundled stylesheet.
 */
export function selfOnlyCsp(options: { inlineStyles?: boolean; dataFonts?: boolean } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${options.inlineStyles ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    `font-src 'self'${options.dataFonts ? ' data:' : ''}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** What an offline page is made of; every URL is this server's. */
export interface OfflinePage {
  title: string;
  /** stylesheet URLs in order, each with an optional element id */
  stylesheets: { href: string; id?: string }[];
  /** static markup of the body */
  body: string;
  /** settings for the scripts, as a non-executable JSON block with this element id */
  config: { id: string; value: unknown };
  /** script URLs in order; `module` for ES modules */
  scripts: { src: string; module?: boolean }[];
}

/**
 * The HTML shell of a page that loads nothing from the internet and runs no inline script: the playground and the
 * explorer's pages. Example: `offlinePage({ title: 'Report', stylesheets: [{ href: '/a/x.css' }], body: '<main></main>',
 * config: { id: 'kg-config', value: {} }, scripts: [{ src: '/a/report.js', module: true }] })`.
 */
export function offlinePage(page: OfflinePage): string {
  const links = page.stylesheets.map((s) => `<link rel="stylesheet" href="${s.href}"${s.id ? ` id="${s.id}"` : ''}>`);
  const scripts = page.scripts.map((s) => `<script${s.module ? ' type="module"' : ''} src="${s.src}"></script>`);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
${links.join('\n')}
</head>
<body>
${page.body}
<script id="${page.config.id}" type="application/json">${jsonForScript(page.config.value)}</script>
${scripts.join('\n')}
</body>
</html>
`;
}
