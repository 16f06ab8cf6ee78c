import type { Request, Response } from 'express';
import { KgErrorCode } from '../../../api';
import { StoreError, type Store } from '../../../store';
import { EXPORT_BATCH, edgeRecords, nodeRecords } from '../../exportRecords';
import type { Mount } from '../../main';
import { ExportParamError } from './ExportParamError';
import { linkExportQuery, metricExportQuery, wantsBom, type LinkExportQuery, type QueryValues } from './exportParams';
import { METRIC_COLUMNS, metricRows } from './metricRows';
import { LINK_COLUMNS, policyRegionLinkRows } from './policyRegionLinkRows';
import { streamDownload, type DownloadBody } from './streamDownload';

export { ExportParamError } from './ExportParamError';
export { METRIC_COLUMNS } from './metricRows';
export { LINK_COLUMNS } from './policyRegionLinkRows';

export interface ExportsOptions {
  /** URL prefix of the endpoints; default `/export` */
  basePath?: string;
  /** rows or entities per database round trip; default EXPORT_BATCH */
  batch?: number;
  /** called with errors that happen while streaming (the response is cut short); default console.error */
  onError?: (error: unknown, path: string) => void;
}

type Handler = (store: Store, query: QueryValues) => Promise<DownloadBody> | DownloadBody;

/**
 * Streaming downloads of the graph, for people who want files rather than queries:
 * - `GET /export/nodes.jsonl`, `/export/edges.jsonl`: the JSON Lines records of `npm run export` (exportRecords.ts);
 * - `GET /export/metrics.csv`: metrics with the filters of `Query.metrics` as query parameters
 *   (subjectContains, subjectEquals, unit, kind, period, valueGt, valueGte, valueLt, valueLte, regionId, reportId);
 * - `GET /export/policy-region-links.csv`: how policies reach regions (policyId, regionId, maxHops).
 * CSVs are UTF-8 with a header row; `?bom=1` adds a byte order mark for Excel. A bad parameter answers 400
 * `{ error: { code: 'BAD_USER_INPUT', parameter, message } }`; an unknown policyId/regionId answers 404.
 * Example: `curl 'http://127.0.0.1:4000/export/metrics.csv?subjectContains=工业&bom=1' -o metrics.csv`.
 */
export function exportsMount(options: ExportsOptions = {}): Mount {
  const base = options.basePath ?? '/export';
  const batch = options.batch ?? EXPORT_BATCH;
  const onError = options.onError ?? ((error: unknown, path: string) => console.error(`export ${path} failed:`, error));

  const routes: Record<string, Handler> = {
    'nodes.jsonl': (store, q) => {
      rejectAll(q);
      return { kind: 'jsonl', records: nodeRecords(store, { batch }) };
    },
    'edges.jsonl': (store, q) => {
      rejectAll(q);
      return { kind: 'jsonl', records: edgeRecords(store, { batch }) };
    },
    'metrics.csv': (store, q) => {
      const bom = wantsBom(q);
      const query = metricExportQuery(q);
      return { kind: 'csv', columns: METRIC_COLUMNS, bom, rows: metricRows(store, query, batch) };
    },
    'policy-region-links.csv': async (store, q) => {
      const bom = wantsBom(q);
      const query = linkExportQuery(q);
      await requireIds(store, query);
      return { kind: 'csv', columns: LINK_COLUMNS, bom, rows: policyRegionLinkRows(store, query, batch) };
    },
  };

  return (app, { store }) => {
    for (const [file, handler] of Object.entries(routes)) {
      const path = `${base}/${file}`;
      app.get(path, async (req: Request, res: Response) => {
        try {
          await streamDownload(res, file, await handler(store, req.query as QueryValues));
        } catch (error) {
          if (res.headersSent) {
            // Mid-stream: the status is gone; cutting the connection is the only signal left.
            if (!isClientAbort(error)) onError(error, path);
            res.destroy();
            return;
          }
          if (error instanceof ExportParamError) {
            res.status(error.status).json({ error: { code: error.status === 404 ? KgErrorCode.NOT_FOUND : KgErrorCode.BAD_USER_INPUT, parameter: error.parameter, message: error.message } });
            return;
          }
          onError(error, path);
          res.status(503).json({ error: { code: KgErrorCode.STORE_UNAVAILABLE, message: 'The export could not read the database.' } });
        }
      });
    }
  };
}

function rejectAll(q: QueryValues): void {
  const name = Object.keys(q)[0];
  if (name !== undefined) throw new ExportParamError(name, `Unknown parameter "${name}": this export takes none.`);
}

/** 404 naming the parameter when an id does not name a node of the label the export expects. */
async function requireIds(store: Store, query: LinkExportQuery): Promise<void> {
  const wanted = [
    { parameter: 'policyId', id: query.policyId, label: 'Policy' } as const,
    { parameter: 'regionId', id: query.regionId, label: 'Region' } as const,
  ].flatMap(({ id, ...rest }) => (id === null ? [] : [{ id, ...rest }]));
  try {
    await store.requireNodes(wanted);
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'NOT_FOUND') throw error;
    const missing = wanted.find((w) => w.id === error.id)!;
    throw new ExportParamError(missing.parameter, error.message, 404);
  }
}

function isClientAbort(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'EPIPE';
}
