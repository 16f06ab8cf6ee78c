/**
 * Generated malformed and hostile GraphQL requests for the fuzz-queries check, deterministic for a seed: syntax
 * errors, unknown fields, deep nesting, alias and directive floods, fragment cycles and fan-outs, huge `first`,
 * bad cursors (base64 offsets ≥ 2^31 among them), wrong variable types, hostile ids and strings, oversized
 * bodies, wrong content types and methods. Pure (no I/O).
 */
import { createRng, weighted, type Rng } from './rng';

export const QUERY_KINDS = [
  'syntax-error',
  'unknown-field',
  'deep-nesting',
  'alias-flood',
  'directive-flood',
  'fragment-bomb',
  'huge-first',
  'bad-cursor',
  'wrong-variable-type',
  'hostile-argument',
  'operation-name',
  'oversized-body',
  'wrong-content-type',
  'bad-json',
  'wrong-method',
  'mutation-without-key',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

const WEIGHTS: readonly (readonly [QueryKind, number])[] = [
  ['syntax-error', 10],
  ['unknown-field', 7],
  ['deep-nesting', 8],
  ['alias-flood', 7],
  ['directive-flood', 4],
  ['fragment-bomb', 5],
  ['huge-first', 8],
  ['bad-cursor', 8],
  ['wrong-variable-type', 9],
  ['hostile-argument', 9],
  ['operation-name', 4],
  ['oversized-body', 1],
  ['wrong-content-type', 7],
  ['bad-json', 6],
  ['wrong-method', 5],
  ['mutation-without-key', 2],
];

export interface FuzzRequest {
  index: number;
  kind: QueryKind;
  /** one line on what was generated */
  note: string;
  method: string;
  /** path and query string, e.g. `/graphql` or `/graphql?query=…` */
  path: string;
  headers: Record<string, string>;
  /** the body, or the size of an oversized JSON body that is built only when sent */
  body?: string | { oversizedBytes: number };
}

/** Bytes of the JSON body `{"query":"{ stats { reports } }","pad":"xxxx…"}` of `oversizedBytes`. */
export function oversizedBody(bytes: number): Buffer {
  const head = '{"query":"{ stats { reports } }","pad":"';
  const buf = Buffer.alloc(bytes, 'x');
  buf.write(head, 0);
  buf.write('"}', bytes - 2);
  return buf;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const VALID = [
  '{ node(id: "region:重庆市") { id name } }',
  '{ policies(first: 5) { totalCount nodes { id name } } }',
  '{ search(query: "陆海新通道", first: 5) { score node { id name } } }',
  '{ metrics(where: {unit: ["%"]}, first: 5) { nodes { value unit region { name } } } }',
  '{ stats { reports nodes { label count } } }',
  '{ regions(first: 3) { nodes { name parent { name } projects(first: 2) { nodes { name } } } } }',
];

/** `count` requests from `seed`. */
export function generateRequests(count: number, seed: number): FuzzRequest[] {
  const rng = createRng(seed);
  const out: FuzzRequest[] = [];
  for (let index = 0; index < count; index++) {
    const kind = index < QUERY_KINDS.length && count >= QUERY_KINDS.length ? QUERY_KINDS[index] : weighted(rng, WEIGHTS);
    out.push({ index, kind, ...build(kind, rng) });
  }
  return out;
}

type Built = Omit<FuzzRequest, 'index' | 'kind'>;
const post = (note: string, query: unknown, variables?: unknown, extra: Record<string, unknown> = {}): Built => ({
  note,
  method: 'POST',
  path: '/graphql',
  headers: JSON_HEADERS,
  body: JSON.stringify({ query, ...(variables === undefined ? {} : { variables }), ...extra }),
});

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const b64std = (s: string) => Buffer.from(s, 'utf8').toString('base64');

function build(kind: QueryKind, rng: Rng): Built {
  switch (kind) {
    case 'syntax-error': {
      const q = rng.pick(VALID);
      const variants: (() => Built)[] = [
        () => post('truncated query', q.slice(0, rng.int(1, q.length - 1))),
        () => post('extra closing braces', `${q}${'}'.repeat(rng.int(1, 50))}`),
        () => post('random garbage', Array.from({ length: rng.int(1, 400) }, () => String.fromCharCode(rng.int(33, 126))).join('')),
        () => post('bad string escape', '{ search(query: "\\u12G") { score } }'),
        () => post('unterminated string', '{ search(query: "陆海新通道) { score } }'),
        () => post('empty query', ''),
        () => post('only a comment', '# nothing here'),
        () => post('NUL inside the query', `{ node(id: "region:重庆市\u0000") { id } }`),
        () => post('unbalanced braces, deep', '{'.repeat(rng.int(100, 20_000))),
        () => post('stray tokens', `${q} ... on ! $ @ =`),
      ];
      return rng.pick(variants)();
    }
    case 'unknown-field': {
      const name = `f${rng.int(0, 1e6)}`;
      const variants: (() => Built)[] = [
        () => post('unknown root field', `{ ${name} }`),
        () => post('unknown nested field', `{ policies(first: 2) { nodes { id ${name} } } }`),
        () => post('unknown argument', `{ policies(${name}: 1) { totalCount } }`),
        () => post('unknown type condition', `{ node(id: "x") { ... on ${name} { id } } }`),
        () => post('field on a scalar', '{ stats { reports { count } } }'),
        () => post('missing selection set', '{ policies }'),
        () => post('__typename flood', `{ ${'__typename '.repeat(rng.int(100, 4000))}}`),
      ];
      return rng.pick(variants)();
    }
    case 'deep-nesting': {
      const depth = rng.pick([11, 15, 30, 100, 500, 2000]);
      const variants: (() => Built)[] = [
        () => {
          let inner = 'name';
          for (let i = 0; i < depth; i++) inner = `parent { ${inner} }`;
          return post(`parent chain depth ${depth}`, `{ node(id: "region:万州区") { ... on Region { ${inner} } } }`);
        },
        () => {
          let inner = 'id';
          for (let i = 0; i < Math.min(depth, 200); i++) inner = `regions(first: 1) { nodes { projects(first: 1) { nodes { ${inner} } } } }`;
          return post(`list nesting depth ${Math.min(depth, 200) * 4}`, `{ policies(first: 1) { nodes { ${inner} } } }`);
        },
        () => {
          const d = rng.int(1000, 10_000);
          return post(`${d} nested braces`, `${'{ a '.repeat(d)}${'}'.repeat(d)}`);
        },
        () => {
          let inner = 'name';
          for (let i = 0; i < depth; i++) inner = `ofType { ${inner} }`;
          return post(`introspection depth ${depth}`, `{ __schema { types { fields { type { ${inner} } } } } }`);
        },
        () => {
          const d = rng.int(500, 5000);
          return post(`${d} nested list values in an argument`, `{ search(query: "x", labels: ${'['.repeat(d)}"Policy"${']'.repeat(d)}) { score } }`);
        },
      ];
      return rng.pick(variants)();
    }
    case 'alias-flood': {
      const n = rng.pick([31, 100, 1000, 5000, 20_000]);
      const field = rng.pick(['stats { reports }', 'search(query: "重庆", first: 100) { score }', 'node(id: "region:重庆市") { id }', '__typename']);
      return post(`${n} aliases of ${field.split('(')[0].split(' ')[0]}`, `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`);
    }
    case 'directive-flood': {
      const n = rng.pick([21, 100, 1000, 10_000]);
      const d = rng.pick(['@include(if: true)', '@skip(if: false)', '@deprecated', `@x${rng.int(0, 99)}`]);
      return post(`${n} × ${d}`, `{ stats ${Array.from({ length: n }, () => d).join(' ')} { reports } }`);
    }
    case 'fragment-bomb': {
      const variants: (() => Built)[] = [
        () => post('fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A stats { reports } }'),
        () => post('self-spreading fragment', 'query { ...A } fragment A on Query { stats { reports } ...A }'),
        () => {
          // Each level spreads the next one 10 times: 10^levels fields if expanded.
          const levels = rng.int(5, 12);
          const frags = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i === levels - 1 ? 'stats { reports }' : Array.from({ length: 10 }, () => `...F${i + 1}`).join(' ')} }`);
          return post(`fragment fan-out 10^${levels}`, `query { ...F0 } ${frags.join(' ')}`);
        },
        () => {
          const n = rng.int(100, 3000);
          return post(`${n} unused fragments`, `{ stats { reports } } ${Array.from({ length: n }, (_, i) => `fragment U${i} on Query { stats { reports } }`).join(' ')}`);
        },
      ];
      return rng.pick(variants)();
    }
    case 'huge-first': {
      const n = rng.pick(['101', '1000', '1000000', '2147483647', '2147483648', '9007199254740993', '-1', '-2147483649', '1.5', '1e308', '"10"', 'null']);
      const field = rng.pick(['policies', 'regions', 'projects', 'metrics', 'agencies', 'search(query: "重庆", ']);
      const q = field.startsWith('search') ? `{ search(query: "重庆", first: ${n}) { score } }` : `{ ${field}(first: ${n}) { totalCount nodes { id } } }`;
      if (rng.chance(0.3) && /^-?\d+$/.test(n)) {
        return post(`first: ${n} via a variable`, 'query($n: Int) { policies(first: $n) { totalCount } }', { n: Number(n) });
      }
      if (rng.chance(0.2)) return post(`nested first: ${n}`, `{ regions(first: 5) { nodes { projects(first: ${n}) { nodes { id } } } } }`);
      return post(`first: ${n}`, q);
    }
    case 'bad-cursor': {
      const cursor = rng.pick([
        b64('o:2147483648'),
        b64('o:4294967296'),
        b64('o:9007199254740993'),
        b64(`o:${'9'.repeat(400)}`),
        b64('o:1e400'),
        b64('o:-1'),
        b64('o:NaN'),
        b64('o:Infinity'),
        b64('o:0x10'),
        b64('o: 5'),
        b64std('o:2147483647'),
        b64('x:5'),
        '!!!not base64!!!',
        '',
        'A'.repeat(rng.int(1000, 100_000)),
        b64('o:1'.repeat(1000)),
        b64('\u0000o:1'),
      ]);
      const field = rng.pick(['policies', 'regions', 'projects', 'metrics', 'agencies']);
      return post(`after: ${cursor.length > 40 ? `${cursor.slice(0, 20)}…(${cursor.length})` : JSON.stringify(cursor)}`, `query($c: String) { ${field}(first: 5, after: $c) { totalCount pageInfo { endCursor } } }`, { c: cursor });
    }
    case 'wrong-variable-type': {
      const variants: (() => Built)[] = [
        () => post('Int given a string', 'query($n: Int) { policies(first: $n) { totalCount } }', { n: 'abc' }),
        () => post('Int given an object', 'query($n: Int) { policies(first: $n) { totalCount } }', { n: { a: 1 } }),
        () => post('Int given 2^53+', 'query($n: Int) { policies(first: $n) { totalCount } }', { n: 2 ** 60 }),
        () => post('ID! given null', 'query($id: ID!) { node(id: $id) { id } }', { id: null }),
        () => post('ID! missing', 'query($id: ID!) { node(id: $id) { id } }', {}),
        () => post('ID given an array', 'query($id: ID!) { node(id: $id) { id } }', { id: ['a', 'b'] }),
        () => post('variables is a string', 'query($id: ID!) { node(id: $id) { id } }', '{"id":"region:重庆市"}'),
        () => post('variables is an array', 'query($id: ID!) { node(id: $id) { id } }', [1, 2, 3]),
        () => post('variable of an unknown type', 'query($x: Nope) { stats { reports } }', { x: 1 }),
        () => post('undeclared variable used', '{ node(id: $id) { id } }', { id: 'region:重庆市' }),
        () => post('Float given a huge string', 'query($v: Float) { metrics(where: {valueGt: $v}, first: 5) { totalCount } }', { v: '9'.repeat(400) }),
        () => post('list variable with 100k items', 'query($l: [String!]) { search(query: "重庆", labels: $l) { score } }', { l: Array.from({ length: 100_000 }, (_, i) => `L${i}`) }),
        () => post('enum given a number', 'query($k: [MetricKind!]) { metrics(where: {kind: $k}, first: 5) { totalCount } }', { k: [5] }),
        () => post('input object with unknown fields', 'query($w: MetricWhere) { metrics(where: $w, first: 5) { totalCount } }', { w: { nope: 1, unit: 5 } }),
      ];
      return rng.pick(variants)();
    }
    case 'hostile-argument': {
      const variants: (() => Built)[] = [
        () => post('empty id', '{ node(id: "") { id } }'),
        () => post('100k-char id', 'query($id: ID!) { node(id: $id) { id } }', { id: 'region:'.repeat(rng.int(1000, 15_000)) }),
        () => post('search for Lucene syntax', 'query($q: String!) { search(query: $q, first: 5) { score } }', { q: rng.pick(['*:*', '"', '\\', 'a~1000', 'name:/.*/', '((((((((((', '\u0000', '\uD800', 'AND OR NOT', '?'.repeat(1000)]) }),
        () => post('search for 100k characters', 'query($q: String!) { search(query: $q, first: 5) { score } }', { q: '重庆'.repeat(rng.int(1000, 50_000)) }),
        () => post('neighborhood depth 100, first 1e6', '{ neighborhood(id: "region:重庆市", depth: 100, first: 1000000) { truncated nodes { id } } }'),
        () => post('neighborhood depth -1', '{ neighborhood(id: "region:重庆市", depth: -1) { truncated } }'),
        () => post('path maxHops 1000', '{ path(from: "region:重庆市", to: "region:万州区", maxHops: 1000) { length } }'),
        () => post('policyRegionLinks maxHops 99', '{ policyRegionLinks(regionId: "region:重庆市", maxHops: 99, first: 100) { length } }'),
        () => post('metrics valueGt NaN-like', '{ metrics(where: {valueGt: 1e400}, first: 5) { totalCount } }'),
        () => post('sources(first: 1000000)', '{ node(id: "region:重庆市") { sources(first: 1000000) { text } } }'),
        () => post('labels with 10k entries', `{ search(query: "重庆", labels: [${Array.from({ length: 10_000 }, () => '"Policy"').join(',')}]) { score } }`),
        () => post('id with control characters', 'query($id: ID!) { node(id: $id) { id } }', { id: 'region:\u0001\u0002\u001b[31m重庆市\r\n' }),
      ];
      return rng.pick(variants)();
    }
    case 'operation-name': {
      const variants: (() => Built)[] = [
        () => post('two operations, no operationName', 'query A { stats { reports } } query B { stats { reports } }'),
        () => post('operationName not in the document', 'query A { stats { reports } }', undefined, { operationName: 'Nope' }),
        () => post('operationName is a number', 'query A { stats { reports } }', undefined, { operationName: 5 }),
        () => post('5000 operations', Array.from({ length: 5000 }, (_, i) => `query Q${i} { stats { reports } }`).join(' '), undefined, { operationName: 'Q4999' }),
        () => post('subscription', 'subscription { stats { reports } }'),
        () => post('extensions garbage', '{ stats { reports } }', undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
      ];
      return rng.pick(variants)();
    }
    case 'oversized-body': {
      const variants: (() => Built)[] = [
        () => ({ note: '26 MB JSON body', method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: { oversizedBytes: 26 * 2 ** 20 } }),
        () => post('2 MB of whitespace in the query', `{ stats { reports } ${' '.repeat(2 * 2 ** 20)}}`),
        () => post('1 MB comment', `# ${'x'.repeat(2 ** 20)}\n{ stats { reports } }`),
      ];
      return rng.pick(variants)();
    }
    case 'wrong-content-type': {
      const q = rng.pick(VALID);
      const json = JSON.stringify({ query: q });
      const variants: [string, Record<string, string>, string][] = [
        ['text/plain', { 'content-type': 'text/plain' }, json],
        ['form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }, `query=${encodeURIComponent(q)}`],
        ['multipart without boundary', { 'content-type': 'multipart/form-data' }, json],
        ['multipart with a boundary', { 'content-type': 'multipart/form-data; boundary=xyz' }, `--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--xyz--\r\n`],
        ['application/xml', { 'content-type': 'application/xml' }, `<query>${q}</query>`],
        ['no content type', {}, json],
        ['application/graphql', { 'content-type': 'application/graphql' }, q],
        ['json, charset latin1', { 'content-type': 'application/json; charset=latin1' }, json],
        ['json, charset utf-16', { 'content-type': 'application/json; charset=utf-16' }, json],
        ['content-encoding gzip, not gzipped', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, json],
        ['content-encoding unknown', { 'content-type': 'application/json', 'content-encoding': 'br2' }, json],
        ['octet-stream', { 'content-type': 'application/octet-stream' }, json],
      ];
      const [note, headers, body] = rng.pick(variants);
      return { note, method: 'POST', path: '/graphql', headers, body };
    }
    case 'bad-json': {
      const variants: [string, string][] = [
        ['invalid JSON', '{"query": "{ stats { reports } }"'],
        ['JSON null', 'null'],
        ['JSON number', '42'],
        ['JSON string', '"{ stats { reports } }"'],
        ['batch of 2', JSON.stringify([{ query: '{ stats { reports } }' }, { query: '{ stats { reports } }' }])],
        ['batch of 1000', JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ stats { reports } }' })))],
        ['query is a number', JSON.stringify({ query: 5 })],
        ['query is an object', JSON.stringify({ query: { a: 1 } })],
        ['no query', JSON.stringify({ variables: {} })],
        ['deeply nested JSON', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
        ['deeply nested variables', JSON.stringify({ query: '{ stats { reports } }' }).replace(/}$/, `,"variables":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`)],
        ['__proto__ key', '{"query":"{ stats { reports } }","__proto__":{"polluted":true},"variables":{"__proto__":{"x":1}}}'],
        ['lone surrogate escape', '{"query":"{ search(query: \\"\\ud800\\") { score } }"}'],
        ['empty body', ''],
        ['BOM then JSON', `\uFEFF${JSON.stringify({ query: '{ stats { reports } }' })}`],
      ];
      const [note, body] = rng.pick(variants);
      return { note, method: 'POST', path: '/graphql', headers: JSON_HEADERS, body };
    }
    case 'wrong-method': {
      const q = encodeURIComponent(rng.pick(VALID));
      const variants: Built[] = [
        { note: 'GET without CSRF header', method: 'GET', path: `/graphql?query=${q}`, headers: {} },
        { note: 'GET with apollo-require-preflight', method: 'GET', path: `/graphql?query=${q}`, headers: { 'apollo-require-preflight': 'true' } },
        { note: 'GET of a mutation', method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { deleteReport(id: "x") }')}`, headers: { 'apollo-require-preflight': 'true' } },
        { note: 'GET with bad variables JSON', method: 'GET', path: `/graphql?query=${q}&variables=%7Bnope`, headers: { 'apollo-require-preflight': 'true' } },
        { note: 'GET with a huge query string', method: 'GET', path: `/graphql?query=${encodeURIComponent(`{ stats { reports } } #${'x'.repeat(rng.int(8000, 60_000))}`)}`, headers: { 'apollo-require-preflight': 'true' } },
        { note: 'PUT', method: 'PUT', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: '{ stats { reports } }' }) },
        { note: 'DELETE', method: 'DELETE', path: '/graphql', headers: {} },
        { note: 'PATCH', method: 'PATCH', path: '/graphql', headers: JSON_HEADERS, body: '{}' },
        { note: 'OPTIONS', method: 'OPTIONS', path: '/graphql', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } },
        { note: 'GET of /graphql/../export/nodes.jsonl', method: 'GET', path: '/graphql/..%2Fexport%2Fnodes.jsonl', headers: {} },
      ];
      return rng.pick(variants);
    }
    case 'mutation-without-key': {
      return rng.pick([
        post('deleteReport without a key', 'mutation { deleteReport(id: "chongqing-2023-h1-plan-execution-report") }'),
        post('ingestReport without a key', 'mutation($t: String!) { ingestReport(text: $t, meta: {id: "fuzz"}) { changed } }', { t: '重庆市'.repeat(100) }),
        post('upsertPolicy without a key', 'mutation { upsertPolicy(input: {name: "x"}) { id } }'),
      ]);
    }
  }
}
