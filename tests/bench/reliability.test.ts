import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { analyseKill, type Sample } from '../../bench/reliability/checks/kill';
import { classify } from '../../bench/reliability/checks/fuzzQueries';
import { cliVerdict } from '../../bench/reliability/checks/fuzzDocs';
import { EXPLORER_VARIABLES, explorerQueries } from '../../bench/reliability/checks/keys';
import { oneLineDocument, repeatedReport } from '../../bench/reliability/checks/stall';
import { DOC_KINDS, generateDocuments } from '../../bench/reliability/docFuzzer';
import { oversizedBody, QUERY_KINDS, generateRequests } from '../../bench/reliability/queryFuzzer';
import { READ_MIX } from '../../bench/reliability/reads';
import { createRng } from '../../bench/reliability/rng';
import { countDelta, formatCounts, histogram, quantile } from '../../bench/reliability/stats';
import { slug } from '../../src/ingest';

/**
 * The pure parts of the reliability suite (bench/reliability): its generators give the same inputs for a seed on
 * every run, its queries are valid against the schema, and its arithmetic is right. The suite itself needs a
 * database and runs only as `npm run bench -- reliability`.
 */
const reportsDir = path.join(__dirname, '..', '..', 'seeds', 'reports');
const corpus = fs
  .readdirSync(reportsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 4)
  .map((f) => fs.readFileSync(path.join(reportsDir, f), 'utf8'));

describe('rng', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 50 }, () => a.int(3, 9));
    expect(Array.from({ length: 50 }, () => b.int(3, 9))).toEqual(xs);
    expect(xs.every((x) => x >= 3 && x <= 9)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(3);
    expect(createRng(8).next()).not.toBe(createRng(7).next());
  });
});

describe('document fuzzer', () => {
  const docs = generateDocuments(corpus, 300, 12);

  it('gives byte-identical documents for a seed, other documents for another seed', () => {
    const again = generateDocuments(corpus, 300, 12);
    expect(again.map((d) => [d.id, d.kind, d.note, d.text])).toEqual(docs.map((d) => [d.id, d.kind, d.note, d.text]));
    expect(again.every((d, i) => d.bytes.equals(docs[i].bytes))).toBe(true);
    const other = generateDocuments(corpus, 300, 13);
    expect(other.filter((d, i) => d.bytes.equals(docs[i].bytes)).length).toBeLessThan(30);
  });

  it('makes every kind, with ids that are their own slug (the CLI and the API use the same report id)', () => {
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(DOC_KINDS));
    expect(docs.every((d) => slug(d.id) === d.id)).toBe(true);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('keeps each document small enough for a bounded run', () => {
    expect(Math.max(...docs.map((d) => d.bytes.length))).toBeLessThan(1_000_000);
  });

  it('builds what each kind promises', () => {
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    expect(of('nul-bytes').every((d) => d.bytes.includes(0))).toBe(true);
    expect(of('binary').every((d) => d.bytes.includes(0))).toBe(true);
    expect(of('utf16-bom').every((d) => (d.bytes[0] === 0xff && d.bytes[1] === 0xfe) || (d.bytes[0] === 0xfe && d.bytes[1] === 0xff))).toBe(true);
    expect(of('gbk-encoded').every((d) => !d.bytes.equals(Buffer.from(d.text)))).toBe(true);
    expect(of('long-line').every((d) => !/[\n。！？；]/.test(d.text))).toBe(true);
    expect(of('mojibake-gbk-as-utf8').every((d) => d.text.includes('\uFFFD'))).toBe(true);
    expect(of('whitespace-only').every((d) => d.text.trim() === '')).toBe(true);
  });
});

describe('request fuzzer', () => {
  const reqs = generateRequests(400, 12);

  it('gives the same requests for a seed and makes every kind', () => {
    expect(generateRequests(400, 12)).toEqual(reqs);
    expect(new Set(reqs.map((r) => r.kind))).toEqual(new Set(QUERY_KINDS));
  });

  it('builds an oversized body of the size asked, still JSON', () => {
    const body = oversizedBody(1000);
    expect(body.length).toBe(1000);
    expect(JSON.parse(body.toString('utf8')).query).toBe('{ stats { reports } }');
  });

  it('asks for a cursor offset of 2^31 among the bad cursors', () => {
    const all = generateRequests(3000, 1).filter((r) => r.kind === 'bad-cursor');
    const cursors = all.map((r) => JSON.parse(r.body as string).variables.c as string);
    expect(cursors.map((c) => Buffer.from(c, 'base64url').toString('utf8'))).toContain('o:2147483648');
  });
});

describe('reliability checks', () => {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

  it('sends valid queries under load', () => {
    for (const r of READ_MIX) expect([r.name, validate(schema, parse(r.query)).map((e) => e.message)]).toEqual([r.name, []]);
  });

  it('keys: has variables for every operation the explorer sends, and those operations are valid', () => {
    const queries = explorerQueries();
    expect(Object.keys(EXPLORER_VARIABLES).sort()).toEqual(Object.keys(queries).sort());
    for (const [name, q] of Object.entries(queries)) expect([name, validate(schema, parse(q)).map((e) => e.message)]).toEqual([name, []]);
  });

  it('stall: builds the one-line and repeated documents of the size asked', () => {
    const one = oneLineDocument(corpus, 100_000);
    expect(/[\r\n。！？；]/.test(one)).toBe(false);
    expect(Buffer.byteLength(one)).toBeLessThanOrEqual(100_000);
    expect(Buffer.byteLength(one)).toBeGreaterThan(99_990);
    const big = repeatedReport(corpus[0], 300_000);
    expect(Buffer.byteLength(big)).toBeGreaterThan(299_990);
    expect(big.startsWith(corpus[0])).toBe(true);
  });

  it('fuzz-docs: reads the CLI verdict from its FAILED line', () => {
    expect(cliVerdict(undefined)).toBe('accepted');
    expect(cliVerdict('BINARY_INPUT: BINARY_INPUT: input contains NUL bytes: not a text file')).toBe('BINARY_INPUT');
    expect(cliVerdict('Neo.ClientError.Statement.SyntaxError boom')).toBe('ERROR');
  });

  it('fuzz-queries: judges answers', () => {
    const json = 'application/json; charset=utf-8';
    expect(classify({ status: 400, json: { errors: [] }, contentType: json })).toBe('4xx');
    expect(classify({ status: 400, json: undefined, contentType: 'text/html' })).toBe('4xx-not-json');
    expect(classify({ status: 500, json: {}, contentType: json })).toBe('5xx');
    expect(classify({ status: 0, json: undefined, contentType: '' })).toBe('no-answer');
    expect(classify({ status: 200, json: { data: null, errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, contentType: json })).toBe('internal-error-in-2xx');
    expect(classify({ status: 200, json: { data: null, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] }, contentType: json })).toBe('ok');
  });

  it('kill: measures failing, hanging and recovering from the samples', () => {
    // kill at 1000, Neo4j restarting at 4000 and answering at 6000.
    const samples: Sample[] = [
      { at: 0, ms: 50, ok: true },
      { at: 900, ms: 300, ok: false }, // in flight at the kill: fails 200 ms after it
      { at: 1500, ms: 100, ok: false },
      { at: 2000, ms: 6000, ok: false }, // hangs past 5 s
      { at: 6100, ms: 50, ok: false },
      { at: 6500, ms: 100, ok: true }, // every request succeeds from 6600
      { at: 7000, ms: 100, ok: true },
    ];
    const a = analyseKill(samples, 1000, 4000, 6000);
    expect(a.firstFailureMs).toBe(200);
    expect([a.outageSent, a.outageFailed, a.outageSlow, a.outageMaxMs]).toEqual([2, 2, 1, 6000]);
    expect(a.recoveredMs).toBe(600);
    expect(analyseKill([{ at: 6100, ms: 50, ok: false }], 1000, 4000, 6000).recoveredMs).toBeUndefined();
  });
});

describe('stats', () => {
  it('quantiles by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([quantile(xs, 0.5), quantile(xs, 0.99), quantile(xs, 1)]).toEqual([50, 99, 100]);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('subtracts and prints counts, one name per source pair', () => {
    const d = countDelta({ 'node:Policy': 3, 'label:Policy': 3, 'rel:X': 1 }, { 'node:Policy': 1, 'label:Policy': 1, 'rel:X': 1 });
    expect(d).toEqual({ 'node:Policy': 2, 'label:Policy': 2 });
    expect(formatCounts(d)).toBe('Policy=2');
    expect(formatCounts({ 'node:A': 1, 'label:A': 2 })).toBe('A=1/2');
    expect(formatCounts({})).toBe('(no change)');
    expect(histogram(['b', 'a', 'b'])).toEqual({ a: 1, b: 2 });
  });
});
