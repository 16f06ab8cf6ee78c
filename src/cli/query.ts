import fsp from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { runCli, UsageError } from './runCli';

const usage =
  'usage: npm run query -- <file.graphql> [--variables \'{"id":"region:重庆市"}\' | --variables vars.json] ' +
  '[--format json|csv] [--url http://127.0.0.1:4000/graphql] [--token <api key>]';

export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

/** A failure of the query itself (the server is unreachable or answered with errors): exit code 1. */
export class QueryCliError extends Error {
  override name = 'QueryCliError';
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Finds the first list of rows in a GraphQL `data` object, depth first in field order: a connection's `nodes`,
 * its `edges[].node`, or any plain list. Example: `{ metrics: { nodes: [a, b] } }` → `[a, b]`.
 */
export function firstList(data: Json): Json[] | null {
  if (Array.isArray(data)) {
    const edgeNodes = data.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e) && 'node' in e);
    return edgeNodes && data.length > 0 ? data.map((e) => (e as { node: Json }).node) : data;
  }
  if (data === null || typeof data !== 'object') return null;
  for (const value of Object.values(data)) {
    const found = firstList(value);
    if (found) return found;
  }
  return null;
}

/** Flattens nested objects into dotted columns (`region.name`); lists become JSON text. */
export function flatten(row: Json, prefix = '', out: Record<string, string | number | boolean | null> = {}): Record<string, string | number | boolean | null> {
  if (row === null || typeof row !== 'object') {
    out[prefix || 'value'] = row;
  } else if (Array.isArray(row)) {
    out[prefix || 'value'] = JSON.stringify(row);
  } else {
    for (const [k, v] of Object.entries(row)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** Rows as CSV with a header that is the union of every row's columns, in first-seen order. */
export function toCsv(rows: Json[]): string {
  const flat = rows.map((r) => flatten(r));
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return stringify(flat, { header: true, columns, cast: { boolean: (b) => String(b) } });
}

/** ECONNREFUSED and friends hide in `cause` (or in `cause.errors` when both IPv4 and IPv6 were tried). */
function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[]; message?: string } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message;
}

/** `# variables: {…}` in the query file (the docs/examples/ convention): the default when --variables is absent. */
export function fileVariables(query: string): string | undefined {
  return /^#\s*variables:\s*(\{.*\})\s*$/m.exec(query)?.[1];
}

async function readVariables(arg: string | undefined): Promise<Record<string, unknown>> {
  if (arg === undefined) return {};
  const text = arg.trim().startsWith('{') ? arg : await fsp.readFile(arg, 'utf8').catch(() => {
    throw new UsageError(`--variables is neither a JSON object nor a readable file: ${arg}`);
  });
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`--variables must be a JSON object: ${(error as Error).message}`);
  }
}

/**
 * `npm run query -- file.graphql [--variables json] [--format json|csv] [--url …]`: runs a query against a
 * running server and returns what to print: the JSON response, or as CSV the first list found in `data`.
 * GraphQL errors become a QueryCliError with their messages and codes.
 */
export async function queryCli(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        variables: { type: 'string' },
        format: { type: 'string', default: 'json' },
        url: { type: 'string', default: DEFAULT_URL },
        token: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) throw new UsageError(usage);
  const format = values.format;
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not ${format}\n${usage}`);
  const query = await fsp.readFile(positionals[0], 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${positionals[0]}: ${e.code ?? e.message}`);
  });
  const variables = await readVariables(values.variables ?? fileVariables(query));
  const url = values.url ?? DEFAULT_URL;

  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(values.token ? { authorization: `Bearer ${values.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    const cause = causeCode(error);
    throw new QueryCliError(`cannot reach ${url} (${cause}); is the server running (npm start)? Use --url for another address.`);
  }
  const body = await response.text();
  let result: { data?: Json; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    result = JSON.parse(body);
  } catch {
    throw new QueryCliError(`${url} answered HTTP ${response.status} with something that is not JSON: ${body.slice(0, 200)}`);
  }
  if (result.errors?.length) {
    const lines = result.errors.map((e) => `  ${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
    throw new QueryCliError(`the server answered with ${result.errors.length} error(s):\n${lines.join('\n')}`);
  }
  if (format === 'json') return JSON.stringify(result, null, 2);
  const rows = firstList(result.data ?? null);
  if (!rows) throw new QueryCliError('--format csv needs a list in the result (a connection or a list field); none found.');
  return toCsv(rows);
}

if (require.main === module) {
  runCli('query', async () => {
    const out = await queryCli(process.argv.slice(2));
    process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    return 0;
  });
}
