import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import type { Mount } from '../../main';
import { explorerPage } from './explorerPage';
import { reportPage } from './reportPage';
import { repoRoot } from '../../config';
import { selfOnlyCsp } from '../offlinePage';

export { NODE_LABELS, RELATIONSHIP_TYPES } from './explorerPage';

export interface ExplorerOptions {
  /** the explorer page; default `/explore` */
  path?: string;
  /** the GraphQL endpoint the pages query (same origin); default `/graphql` */
  endpoint?: string;
  /** most nodes the explorer draws at once; default 300 */
  maxNodes?: number;
}

/** URL prefix of the explorer's files. */
export const EXPLORER_ASSETS_PATH = '/explore-assets';

/** URL prefix of the report text pages, `/reports/:id?start=&end=` (sourceView.js links there). */
export const REPORTS_PATH = '/reports';

/**
 * Everything the pages may load: only this server, scripts only as files, and no inline style either (the
 * scripts style elements through the CSSOM, which a policy does not restrict; the SVG chart uses attributes).
 */
export const EXPLORER_CSP = selfOnlyCsp();

/**
 * The browser modules and stylesheets of this folder's assets/, served as they are: there is no build step. Its
 * package.json (not served) marks the .js files as ES modules for Node too, which the query test loads them with.
 */
const ASSETS_DIR = path.join(repoRoot, 'src', 'server', 'plugins', 'explorer', 'assets');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Every file the pages may ask for, by name: ours from assets/, cytoscape's ES module build from node_modules. */
function assetFiles(): Map<string, { file: string; cache: boolean }> {
  const files = new Map<string, { file: string; cache: boolean }>();
  for (const name of fs.readdirSync(ASSETS_DIR)) {
    if (Object.hasOwn(TYPES, path.extname(name))) files.set(name, { file: path.join(ASSETS_DIR, name), cache: false });
  }
  // cytoscape's exports map hides package.json; its CommonJS entry sits in dist/ beside the ES module build.
  const cytoscapeDist = path.dirname(require.resolve('cytoscape'));
  // The bundle changes only with the pinned package version, so a day of caching is safe.
  files.set('cytoscape.esm.min.mjs', { file: path.join(cytoscapeDist, 'cytoscape.esm.min.mjs'), cache: true });
  return files;
}

function pageHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', EXPLORER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-cache');
}

/**
 * The graph explorer at `/explore` and a report's text at `/reports/:id?start=&end=`: plain browser modules
 * from ./assets and cytoscape from node_modules under `/explore-assets/`, nothing from the internet, a
 * same-origin Content-Security-Policy (EXPLORER_CSP). The pages are GraphQL clients like any other: they read
 * only /graphql, with the API key the user pasted when the server requires one for reads. With
 * REQUIRE_KEY_FOR_READS a report page asked for without a key is refused (401), its body the page itself, which
 * holds nothing from the database: a browser, which sends no key when it follows a link, shows it, and the page
 * asks for the key and reads the text through /graphql with it.
 * Example: `serverMounts = [playgroundMount(), explorerMount(), …]`, then open http://127.0.0.1:4000/explore.
 */
export function explorerMount(options: ExplorerOptions = {}): Mount {
  const files = assetFiles();
  const endpoint = options.endpoint ?? '/graphql';
  const explorer = explorerPage({ assets: EXPLORER_ASSETS_PATH, endpoint, maxNodes: options.maxNodes ?? 300 });

  return (app, { gate }) => {
    gate.allowAnonymous(options.path ?? '/explore', `${EXPLORER_ASSETS_PATH}/`, `${REPORTS_PATH}/`);
    app.get(options.path ?? '/explore', (_req: Request, res: Response) => {
      pageHeaders(res);
      res.type('html').send(explorer);
    });

    app.get(`${REPORTS_PATH}/:id`, (req: Request<{ id: string }>, res: Response) => {
      pageHeaders(res);
      if (gate.refuses(req)) {
        if (!req.accepts('html')) {
          gate.refuse(res);
          return;
        }
        res.status(401).set('WWW-Authenticate', 'Bearer');
      }
      res.type('html').send(reportPage({ assets: EXPLORER_ASSETS_PATH, endpoint, reportId: req.params.id }));
    });

    app.get(`${EXPLORER_ASSETS_PATH}/:file`, (req: Request<{ file: string }>, res: Response) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const asset = files.get(req.params.file);
      if (!asset) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.type(TYPES[path.extname(asset.file)]);
      if (asset.cache) res.sendFile(asset.file, { maxAge: '1d' });
      else res.sendFile(asset.file, { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } });
    });
  };
}
