import type { Request, Response } from 'express';
import { KgErrorCode } from '../../../api';
import { StoreError, type Store } from '../../../store';
import { EXPORT_BATCH, edgeRecords, nodeRecords } from '../../exportRecords';
import type { Mount } from '../../main';
import { ExportParamError } from './ExportParamError';
import { linkExportQuery, metricExportQuery, seriesExportQuery, wantsBom, type QueryValues } from './exportParams';
import { indicatorSeriesRows, SERIES_COLUMNS } from './indicatorSeriesRows';
import { METRIC_COLUMNS, metricRows } from './metricRows';
import { LINK_COLUMNS, policyRegionLinkRows } from './policyRegionLinkRows';
import { streamDownload, type DownloadBody } from './streamDownload';

export { ExportParamError } from './ExportParamError';
export { METRIC_COLUMNS } from './metricRows';
export { LINK_COLUMNS } from './policyRegionLinkRows';
export { SERIES_COLUMNS } from './indicatorSeriesRows';

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
 * - `GET /export/policy-region-links.csv`: how policies reach regions (policyId, regionId, maxHops);
 * - `GET /export/indicator-series.csv`: one indicator's values by region and period, as `Indicator.series`
 *   (indicator, regionId, year, status, part, measure).
 * CSVs are UTF-8 with a header row; `?bom=1` adds a byte order mark for Excel. A bad parameter answers 400
 * `{ error: { code: 'BAD_USER_INPUT', parameter, message } }`; an unknown policyId/regionId/indicator answers 404.
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
      await requireIds(store, [
        { parameter: 'policyId', id: query.policyId, label: 'Policy' },
        { parameter: 'regionId', id: query.regionId, label: 'Region' },
      ]);
      return { kind: 'csv', columns: LINK_COLUMNS, bom, rows: policyRegionLinkRows(store, query, batch) };
    },
    'indicator-series.csv': async (store, q) => {
      const bom = wantsBom(q);
      const { indicatorId, filter } = seriesExportQuery(q);
      const indicator = (await store.indicatorsByIds([indicatorId])).get(indicatorId);
      if (!indicator) throw new ExportParamError('indicator', `No Indicator with id "${indicatorId}".`, 404);
      await requireIds(store, (filter.regionIds ?? []).map((id) => ({ parameter: 'regionId', id, label: 'Region' })));
      return { kind: 'csv', columns: SERIES_COLUMNS, bom, rows: indicatorSeriesRows(store, indicator, filter, batch) };
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

/** 404 naming the parameter when an id (null: not given) does not name a node of the label the export expects. */
async function requireIds(store: Store, ids: readonly { parameter: string; id: string | null; label: 'Policy' | 'Region' }[]): Promise<void> {
  const wanted = ids.flatMap(({ id, ...rest }) => (id === null ? [] : [{ id, ...rest }]));
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
