import { evidenceString } from '../../../src/store';
import { loadConfig } from '../../../src/server/config';
import { startServer, type RunningServer } from '../../../src/server/main';
import { serverMounts } from '../../../src/server/mounts';

jest.setTimeout(120_000);

type Source = { report: string; start: number; end: number; text: string; rule: string };
type NodeLine = { id: string; label: string; name: string; properties: Record<string, unknown>; sources: Source[] };
type EdgeLine = { from: string; to: string; type: string; properties: Record<string, unknown>; sources: Source[] };

/** Minimal CSV parser for the tests (quotes, doubled quotes, commas and newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('exportsMount', () => {
  let server: RunningServer;
  // A curated policy supporting 黔江区 (which is PART_OF 重庆市), so the link export has known paths whatever
  // the extractor's SUPPORTS rules find today. Unique per run; deleted afterwards.
  const fixturePolicy = `policy:导出测试政策-${process.pid}-${Date.now()}`;
  const get = (path: string) => fetch(`${server.url}${path}`);

  beforeAll(async () => {
    server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), {
      mounts: serverMounts,
      loadSeed: true,
    });
    const reportId = 'chongqing-2023-h1-plan-execution-report';
    const text = (await server.store.reportText(reportId))!;
    const start = text.indexOf('黔江区');
    const end = start + '黔江区'.length;
    const passage = await server.store.passageAt(reportId, start, end);
    const evidence = evidenceString({ reportId, passageId: passage!.passageId!, start, end, rule: 'curated' });
    await server.store.upsertNode({ id: fixturePolicy, label: 'Policy', name: fixturePolicy.slice('policy:'.length), properties: { kind: 'OTHER' }, curatedBy: 'exports-test', evidence });
    expect(await server.store.linkNodes({ from: fixturePolicy, to: 'region:黔江区', type: 'SUPPORTS', curatedBy: 'exports-test', evidence })).not.toBeNull();
  });
  afterAll(async () => {
    await server?.store.deleteNode({ id: fixturePolicy, curatedBy: 'exports-test' }).catch(() => false);
    await server?.stop();
  });

  describe('GET /export/nodes.jsonl', () => {
    let lines: NodeLine[];
    let response: Response;
    beforeAll(async () => {
      response = await get('/export/nodes.jsonl');
      const text = await response.text();
      lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as NodeLine);
    });

    it('streams JSON Lines as a download', () => {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="nodes.jsonl"');
      expect(lines.length).toBeGreaterThan(100);
    });

    it('has every entity label, with ids in order (keyset batches)', () => {
      expect(new Set(lines.map((l) => l.label))).toEqual(new Set(['Agency', 'Metric', 'Policy', 'Project', 'Region']));
      const ids = lines.map((l) => l.id);
      expect([...ids].sort()).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('gives 地区生产总值 as a Metric with a numeric value and sources that are slices of the report', async () => {
      const gdp = lines.find((l) => l.label === 'Metric' && l.properties.subject === '地区生产总值' && l.properties.kind === 'YOY_GROWTH');
      expect(gdp).toBeDefined();
      expect(gdp!.properties).toMatchObject({ value: 4.6, unit: '%', subject: '地区生产总值', period: '2023年1—6月' });
      expect(typeof gdp!.properties.value).toBe('number');
      expect(gdp!.sources.length).toBeGreaterThan(0);
      const report = await server.store.reportText(gdp!.sources[0].report);
      for (const s of gdp!.sources) expect(report!.slice(s.start, s.end)).toBe(s.text);
      expect(gdp!.sources[0].text).toContain('4.6%');
    });

    it('gives every source its report slice', async () => {
      const texts = new Map<string, string>();
      for (const s of lines.flatMap((l) => l.sources)) {
        if (!texts.has(s.report)) texts.set(s.report, (await server.store.reportText(s.report)) ?? '');
        expect(texts.get(s.report)!.slice(s.start, s.end)).toBe(s.text);
      }
    });
  });

  describe('GET /export/edges.jsonl', () => {
    it('streams relationships between exported nodes, with evidence text', async () => {
      const [nodesText, edgesText] = await Promise.all([(await get('/export/nodes.jsonl')).text(), (await get('/export/edges.jsonl')).text()]);
      const ids = new Set(nodesText.trimEnd().split('\n').map((l) => (JSON.parse(l) as NodeLine).id));
      const edges = edgesText.trimEnd().split('\n').map((l) => JSON.parse(l) as EdgeLine);
      expect(edges.length).toBeGreaterThan(50);
      for (const e of edges) {
        expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
      }
      const partOf = edges.find((e) => e.type === 'PART_OF' && e.from === 'region:黔江区');
      expect(partOf).toMatchObject({ to: 'region:重庆市' });
      const measures = edges.filter((e) => e.type === 'MEASURES');
      expect(measures.length).toBeGreaterThan(100);
      expect(edges.some((e) => e.sources.some((s) => s.text.length > 0))).toBe(true);
    });
  });

  describe('GET /export/metrics.csv', () => {
    it('has the header row and Chinese text, UTF-8 without a BOM by default', async () => {
      const response = await get('/export/metrics.csv');
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="metrics.csv"');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
      const rows = parseCsv(bytes.toString('utf8'));
      expect(rows[0]).toEqual(['id', 'subject', 'value', 'valueMax', 'unit', 'kind', 'period', 'region', 'regionId', 'report', 'start', 'end', 'text']);
      const gdp = rows.find((r) => r[1] === '地区生产总值' && r[5] === 'YOY_GROWTH');
      expect(gdp).toEqual([
        expect.stringMatching(/^metric:/), '地区生产总值', '4.6', '', '%', 'YOY_GROWTH', '2023年1—6月', '重庆市', 'region:重庆市',
        'chongqing-2023-h1-plan-execution-report', expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/), expect.stringContaining('4.6%'),
      ]);
      expect(rows.length).toBeGreaterThan(100);
    });

    it('applies the metrics API filters', async () => {
      const q = new URLSearchParams({ subjectContains: '生产总值', unit: '%', valueGte: '4.6', valueLt: '4.7' });
      const rows = parseCsv(await (await get(`/export/metrics.csv?${q}`)).text());
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const r of rows.slice(1)) {
        expect(r[1]).toContain('生产总值');
        expect(Number(r[2])).toBeCloseTo(4.6);
      }
    });

    it('gives a header-only file when nothing matches', async () => {
      const text = await (await get(`/export/metrics.csv?${new URLSearchParams({ subjectEquals: '不存在的指标' })}`)).text();
      expect(text).toBe('id,subject,value,valueMax,unit,kind,period,region,regionId,report,start,end,text\n');
    });

    it('starts with a UTF-8 BOM (EF BB BF) when asked with ?bom=1', async () => {
      const bytes = Buffer.from(await (await get('/export/metrics.csv?bom=1')).arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3, 5).toString('utf8')).toBe('id');
    });

    it.each([
      ['valueGt=abc', 'valueGt'],
      ['kind=GROWTH', 'kind'],
      ['subjectContains=', 'subjectContains'],
      ['colour=red', 'colour'],
      ['bom=maybe', 'bom'],
      ['period=a&period=b', 'period'],
    ])('answers 400 naming the parameter for %s', async (query, parameter) => {
      const response = await get(`/export/metrics.csv?${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'BAD_USER_INPUT', parameter, message: expect.stringContaining(parameter) } });
    });
  });

  describe('GET /export/policy-region-links.csv', () => {
    it('lists how policies reach regions, with path and evidence', async () => {
      const response = await get('/export/policy-region-links.csv');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="policy-region-links.csv"');
      const rows = parseCsv(await response.text());
      expect(rows[0]).toEqual(['policyId', 'policy', 'regionId', 'region', 'hops', 'path', 'evidence']);
      expect(rows.length).toBeGreaterThan(2);
      for (const r of rows.slice(1)) {
        expect(r[0]).toMatch(/^policy:/);
        expect(r[2]).toMatch(/^region:/);
        expect(r[5].split(' -').length - 1).toBe(Number(r[4]));
        expect(r[5].endsWith(r[3])).toBe(true);
      }
      expect(rows.some((r) => r[0] === fixturePolicy)).toBe(true);
    });

    it('gives one row per path for a policy, shortest first, with the evidence of every step', async () => {
      const q = new URLSearchParams({ policyId: fixturePolicy, maxHops: '2' });
      const rows = parseCsv(await (await get(`/export/policy-region-links.csv?${q}`)).text());
      const name = fixturePolicy.slice('policy:'.length);
      expect(rows.slice(1)).toEqual([
        [fixturePolicy, name, 'region:黔江区', '黔江区', '1', `${name} -SUPPORTS-> 黔江区`, '黔江区'],
        [fixturePolicy, name, 'region:重庆市', '重庆市', '2', `${name} -SUPPORTS-> 黔江区 -PART_OF-> 重庆市`, expect.stringMatching(/^黔江区 \| .+/)],
      ]);
    });

    it('filters by region and hop count', async () => {
      const q = new URLSearchParams({ regionId: 'region:重庆市', maxHops: '1' });
      const rows = parseCsv(await (await get(`/export/policy-region-links.csv?${q}`)).text());
      expect(rows.slice(1).every((r) => r[2] === 'region:重庆市' && r[4] === '1')).toBe(true);
      expect(rows.some((r) => r[0] === fixturePolicy)).toBe(false);
      const two = parseCsv(await (await get(`/export/policy-region-links.csv?${new URLSearchParams({ regionId: 'region:重庆市', maxHops: '2' })}`)).text());
      expect(two.some((r) => r[0] === fixturePolicy && r[4] === '2')).toBe(true);
    });

    it.each([
      ['maxHops=9', 400, 'maxHops'],
      ['policyId=policy:没有这个政策', 404, 'policyId'],
      ['regionId=region:没有这个地方', 404, 'regionId'],
    ])('rejects %s with %i', async (query, status, parameter) => {
      const [k, v] = query.split('=');
      const response = await get(`/export/policy-region-links.csv?${new URLSearchParams({ [k]: v })}`);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
    });
  });
});
