import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';

/** What to send: JSON Lines (one record per line) or CSV with a header row. */
export type DownloadBody =
  | { kind: 'jsonl'; records: AsyncIterable<unknown> }
  | { kind: 'csv'; columns: readonly string[]; rows: AsyncIterable<Record<string, unknown>>; bom: boolean };

/** Hands back the first item and an iterable of all items, so a failure before any byte is sent can still be a JSON error. */
async function peek<T>(source: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        if (first.done) return;
        yield first.value;
        for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
      } finally {
        await it.return?.();
      }
    },
  };
}

/**
 * Streams records to the client as a download (`Content-Disposition: attachment`), with backpressure: the
 * generator is pulled only as fast as the socket drains, and a client that disconnects stops it. The first
 * record is read before the headers go out, so a database error at the start rejects (the caller answers
 * with a JSON error); a later error can only cut the download short.
 * Example: `await streamDownload(res, 'metrics.csv', { kind: 'csv', columns, rows, bom: false })`.
 */
export async function streamDownload(res: Response, filename: string, body: DownloadBody): Promise<void> {
  if (body.kind === 'jsonl') {
    const records = await peek(body.records);
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    const lines = new Transform({
      writableObjectMode: true,
      transform(record, _enc, done) {
        done(null, `${JSON.stringify(record)}\n`);
      },
    });
    await pipeline(Readable.from(records), lines, res);
    return;
  }
  const rows = await peek(body.rows);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  // csv-stringify writes the header row even when there are no rows, and the BOM before it when asked.
  const csv = stringify({ header: true, columns: [...body.columns], bom: body.bom, cast: { number: (n) => String(n) } });
  await pipeline(Readable.from(rows), csv, res);
}
