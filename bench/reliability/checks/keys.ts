/**
 * keys: with REQUIRE_KEY_FOR_READS=true and API_KEYS set, every read surface is requested without a key, with a
 * wrong key and with the right one (`Authorization: Bearer …`): a query by POST and by GET, each GraphQL
 * operation the explorer and report pages send (src/server/plugins/explorer/assets/queries.js, read as the
 * browser reads it), each /export/* file, and the /reports/:id page. Target: all refused (401/403) without a key
 * and with a wrong one, all served (200, data, no errors) with the right one. /explore, /, /healthz and /readyz
 * are listed for information and not judged.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckOptions } from '../main';
import { API_KEY, repoRootDir, request, SEED_REPORT_FILE, sharedStack, startApi, type CheckContext, type CheckResult, type HttpResult } from '../harness';

const SEED_ID = 'chongqing-2023-h1-plan-execution-report';
const ACTION_PLAN = 'policy:重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)';

/** Variables for each operation of queries.js, over the seed report. */
export const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  SEARCH: { q: '陆海新通道' },
  REPORTS: {},
  NEIGHBOURHOOD: { id: 'region:重庆市', depth: 1, first: 50 },
  POLICY_REGIONS: { id: ACTION_PLAN, maxHops: 3 },
  PATH: { from: 'region:重庆市', to: 'region:万州区', maxHops: 4 },
  NODE: { id: 'region:重庆市' },
  INDICATOR: { subject: '地区生产总值', unit: '%' },
  REPORT_TEXT: { id: SEED_ID },
};

interface Surface {
  name: string;
  judged: boolean;
  send(key: string | null): Promise<HttpResult>;
  /** the answer holds the data asked for */
  served(r: HttpResult): boolean;
  /** the answer holds data from the database (a page shell does not); default: served */
  holdsData?(r: HttpResult): boolean;
}

export function explorerQueries(): Record<string, string> {
  const file = path.join(repoRootDir, 'src', 'server', 'plugins', 'explorer', 'assets', 'queries.js');
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', `import * as q from ${JSON.stringify(pathToFileURL(file).href)}; process.stdout.write(JSON.stringify(q));`], {
      encoding: 'utf8',
    }),
  ) as Record<string, string>;
}

const auth = (key: string | null): Record<string, string> => (key === null ? {} : { authorization: `Bearer ${key}` });
const gqlServed = (r: HttpResult) => {
  const j = r.json as { data?: Record<string, unknown> | null; errors?: unknown[] } | undefined;
  return r.status === 200 && !j?.errors && !!j?.data && Object.values(j.data).some((v) => v !== null);
};

function surfaces(url: string, seedSample: string): Surface[] {
  const post = (name: string, query: string, variables: Record<string, unknown> = {}): Surface => ({
    name,
    judged: true,
    send: (key) => request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(key) }, body: JSON.stringify({ query, variables }) }),
    served: gqlServed,
  });
  const get = (name: string, p: string, judged: boolean, served: (r: HttpResult) => boolean, headers: Record<string, string> = {}): Surface => ({
    name,
    judged,
    send: (key) => request(`${url}${p}`, { headers: { ...headers, ...auth(key) } }),
    served,
  });
  const download = (r: HttpResult) => r.status === 200 && r.text.trim().split('\n').length >= 2;
  const page = (r: HttpResult) => r.status === 200 && /<html/i.test(r.text);
  const queries = explorerQueries();
  const missing = Object.keys(queries).filter((k) => !(k in EXPLORER_VARIABLES));
  if (missing.length > 0) throw new Error(`queries.js has operations this check has no variables for: ${missing.join(', ')}`);
  return [
    post('POST /graphql { stats }', '{ stats { reports nodes { label count } } }'),
    get('GET /graphql?query={ stats }', `/graphql?query=${encodeURIComponent('{ stats { reports } }')}`, true, gqlServed, { 'apollo-require-preflight': 'true' }),
    ...Object.entries(queries).map(([name, q]) => post(`explorer ${name}`, q, EXPLORER_VARIABLES[name])),
    get('GET /export/nodes.jsonl', '/export/nodes.jsonl', true, download),
    get('GET /export/edges.jsonl', '/export/edges.jsonl', true, download),
    get('GET /export/metrics.csv', '/export/metrics.csv', true, download),
    get('GET /export/policy-region-links.csv', `/export/policy-region-links.csv?regionId=${encodeURIComponent('region:重庆市')}`, true, download),
    {
      ...get(`GET /reports/${SEED_ID}`, `/reports/${SEED_ID}?start=0&end=10`, true, page),
      // The page is a shell that loads the text through /graphql; it holds data only if the text is in it.
      holdsData: (r: HttpResult) => r.text.includes(seedSample),
    },
    get('GET /explore (page, not judged)', '/explore', false, page),
    get('GET / (playground, not judged)', '/', false, page),
    get('GET /healthz (not judged)', '/healthz', false, (r) => r.status === 200),
    get('GET /readyz (not judged)', '/readyz', false, (r) => r.status === 200),
  ];
}

export async function keys(ctx: CheckContext, _options: CheckOptions): Promise<CheckResult> {
  // The shared database, and an API process of its own that needs a key for every request.
  const { db } = await sharedStack(ctx);
  const api = await startApi(ctx, 'keys', db.uri, { REQUIRE_KEY_FOR_READS: 'true' });
  try {
    const seedText = fs.readFileSync(SEED_REPORT_FILE, 'utf8');
    const list = surfaces(api.url, seedText.slice(200, 230));
    const refused = (r: HttpResult) => r.status === 401 || r.status === 403;
    const rows: { s: Surface; none: HttpResult; wrong: HttpResult; right: HttpResult }[] = [];
    for (const s of list) {
      rows.push({ s, none: await s.send(null), wrong: await s.send('wrong-key-0000'), right: await s.send(API_KEY) });
    }
    const width = Math.max(...rows.map((r) => r.s.name.length));
    const cell = (r: HttpResult, good: boolean) => `${String(r.status || r.error).padEnd(4)}${good ? ' ok ' : ' BAD'}`;
    ctx.log(`${'surface'.padEnd(width)}  no key     wrong key  right key`);
    for (const { s, none, wrong, right } of rows) {
      const mark = (r: HttpResult, wantRefused: boolean) => (s.judged ? cell(r, wantRefused ? refused(r) : s.served(r)) : `${String(r.status || r.error).padEnd(4)}  - `);
      ctx.log(`${s.name.padEnd(width)}  ${mark(none, true)}   ${mark(wrong, true)}   ${mark(right, false)}`);
    }
    const judged = rows.filter((r) => r.s.judged);
    const leakNone = judged.filter((r) => !refused(r.none));
    const leakWrong = judged.filter((r) => !refused(r.wrong));
    const notServed = judged.filter((r) => !r.s.served(r.right));
    for (const r of leakNone) {
      const dataLike = (r.s.holdsData ?? r.s.served)(r.none) ? 'with data' : 'a page without data from the database';
      ctx.log(`not refused without a key: ${r.s.name} → ${r.none.status} ${dataLike} (${r.none.text.length} bytes)`);
    }
    return {
      target: 'no/wrong key: 401/403 on every read; right key: served',
      measured: `${judged.length} surfaces: refused without key ${judged.length - leakNone.length}/${judged.length}, with wrong key ${judged.length - leakWrong.length}/${judged.length}, served with right key ${judged.length - notServed.length}/${judged.length}${leakNone.length ? ` (open: ${leakNone.map((r) => r.s.name.replace(/^GET /, '')).join(', ')})` : ''}`,
      pass: leakNone.length === 0 && leakWrong.length === 0 && notServed.length === 0,
    };
  } finally {
    await api.stop();
  }
}
