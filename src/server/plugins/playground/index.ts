import path from 'node:path';
import type { Request, Response } from 'express';
import type { Mount } from '../../main';
import { offlinePage, selfOnlyCsp } from '../offlinePage';
import { loadExamples, type PlaygroundExample } from './examples';
import { PLAYGROUND_CSS, PLAYGROUND_SCRIPT } from './playgroundScript';

export { loadExamples, parseExample, type PlaygroundExample } from './examples';

export interface PlaygroundOptions {
  /** pages that serve the playground; default `['/', '/graphiql']` */
  paths?: string[];
  /** the GraphQL endpoint the page queries (same origin); default `/graphql` */
  endpoint?: string;
  /** tabs opened on first visit; default the files of docs/examples/ (examples.ts) */
  examples?: PlaygroundExample[];
  /** page title; default `policy-kg GraphiQL` */
  title?: string;
  /** the graph explorer the page links to; default `/explore` */
  explorer?: string;
}

/** URL prefix of the bundled files. */
export const ASSETS_PATH = '/playground-assets';

/**
 * Everything the page may load: only this server. Styles allow 'unsafe-inline' because React and CodeMirror
 * set inline styles; fonts and icons are data: URIs inside graphiql.min.css; no script runs inline.
 */
export const PLAYGROUND_CSP = selfOnlyCsp({ inlineStyles: true, dataFonts: true });

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** The prebuilt UMD bundles from node_modules, by the file name the page asks for. */
function bundledFiles(): Record<string, string> {
  return {
    'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
    'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
  };
}



/** The HTML shell: bundled assets only, config in a non-executable JSON data block. */
export function playgroundHtml(options: { title: string; endpoint: string; examples: PlaygroundExample[]; explorer: string }): string {
  const a = ASSETS_PATH;
  return offlinePage({
    title: options.title,
    stylesheets: [{ href: `${a}/graphiql.min.css` }, { href: `${a}/playground.css` }],
    body: '<div id="graphiql">Loading GraphiQL…</div>',
    config: { id: 'kg-playground-config', value: { endpoint: options.endpoint, examples: options.examples, explorer: options.explorer } },
    scripts: ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'playground.js'].map((f) => ({ src: `${a}/${f}` })),
  });
}

/**
 * An offline GraphiQL at `/` and `/graphiql`: React, ReactDOM and GraphiQL come from node_modules under
 * `/playground-assets/`, nothing is fetched from a CDN or font service, and a strict Content-Security-Policy
 * (PLAYGROUND_CSP) keeps it that way. The example queries of docs/examples/ open as tabs and stay reachable
 * from the "Examples" sidebar button. Example: `serverMounts = [playgroundMount(), …]`, then open
 * http://127.0.0.1:4000/.
 */
export function playgroundMount(options: PlaygroundOptions = {}): Mount {
  const files = bundledFiles();
  const html = playgroundHtml({
    title: options.title ?? 'policy-kg GraphiQL',
    endpoint: options.endpoint ?? '/graphql',
    examples: options.examples ?? loadExamples(),
    explorer: options.explorer ?? '/explore',
  });
  const own: Record<string, { type: string; body: string }> = {
    'playground.js': { type: 'text/javascript; charset=utf-8', body: PLAYGROUND_SCRIPT },
    'playground.css': { type: 'text/css; charset=utf-8', body: PLAYGROUND_CSS },
  };

  return (app, { gate }) => {
    // pages and bundles only: what the playground reads comes through /graphql, behind the key gate
    gate.allowAnonymous(...(options.paths ?? ['/', '/graphiql']), `${ASSETS_PATH}/`);
    const page = (_req: Request, res: Response) => {
      res.setHeader('Content-Security-Policy', PLAYGROUND_CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(html);
    };
    for (const p of options.paths ?? ['/', '/graphiql']) app.get(p, page);

    app.get(`${ASSETS_PATH}/:file`, (req: Request<{ file: string }>, res: Response) => {
      const name = req.params.file;
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (Object.hasOwn(own, name)) {
        res.setHeader('Cache-Control', 'no-cache');
        res.type(own[name].type).send(own[name].body);
        return;
      }
      if (!Object.hasOwn(files, name)) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      // The bundles change only with package versions, so a day of caching is safe.
      res.sendFile(files[name], { maxAge: '1d' });
    });
  };
}
