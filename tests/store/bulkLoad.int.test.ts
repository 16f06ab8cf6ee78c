import { SyntheticCorpus } from '../../bench/scale/generate';
import { loadRealCorpus } from '../../bench/scale/realCorpus';
import type { ReportRecords } from '../../src/ingest';
import { bulkWriteReports, type Store } from '../../src/store';
import { testStore } from '../support/testStore';

/**
 * bulkWriteReports must leave exactly the graph writeReport leaves, report by report: the same nodes with the same
 * properties, the same relationships with the same evidence and reports, in the same order. Three synthetic
 * reports (bench/scale/generate.ts: shaped like the bundled ones, sharing national entities such as
 * 中华人民共和国 with the seed report already in the test database) go in both ways and the graphs are compared.
 */
let store: Store;
let reports: ReportRecords[];

beforeAll(() => {
  store = testStore();
  const corpus = new SyntheticCorpus(loadRealCorpus(), 4242);
  // Ids of their own, so the test database's other reports are left alone.
  reports = [corpus.next(), corpus.next(), corpus.next()].map((r, i) => relabel(r, `${r.report.id}-bulk-test-${process.pid}-${i}`));
});

afterAll(async () => {
  for (const r of [...reports].reverse()) await store.deleteReport(r.report.id);
  await store.close();
});

function relabel(r: ReportRecords, id: string): ReportRecords {
  const old = r.passages[0]?.reportId ?? r.report.id;
  const swap = (s: string) => (s.startsWith(old) ? id + s.slice(old.length) : s);
  const prov = (p: ReportRecords['nodes'][number]['sources'][number]) => ({ ...p, reportId: id, passageId: swap(p.passageId) });
  return {
    report: { ...r.report, id },
    sections: r.sections.map((s) => ({ ...s, id: swap(s.id), reportId: id, parentId: s.parentId ? swap(s.parentId) : null })),
    passages: r.passages.map((p) => ({ ...p, id: swap(p.id), reportId: id, sectionId: p.sectionId ? swap(p.sectionId) : null })),
    nodes: r.nodes.map((n) => ({ ...n, id: n.label === 'Metric' ? swap(n.id.replace(`metric:${old}:`, `metric:${id}:`)) : n.id, sources: n.sources.map(prov) })),
    edges: r.edges.map((e) => ({
      ...e,
      from: e.type === 'ABOUT' ? id : e.from.startsWith(`metric:${old}:`) ? e.from.replace(`metric:${old}:`, `metric:${id}:`) : e.from,
      sources: e.sources.map(prov),
    })),
  };
}

/** A value as a line: maps with sorted keys, so two graphs compare line by line. */
function canon(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${k}:${canon((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Everything the given reports put in the graph (but the time of ingest), as sorted lines. */
async function snapshot(ids: string[]): Promise<string[]> {
  const session = store.db.driver.session();
  try {
    const q = async (cypher: string) => (await session.run(cypher, { ids })).records.map((r) => canon(r.toObject()));
    return [
      ...(await q(`MATCH (r:Report) WHERE r.id IN $ids RETURN r {.*, ingestedAt: null} AS report`)),
      ...(await q(`MATCH (r:Report)-[:HAS_PASSAGE]->(p:Passage) WHERE r.id IN $ids
                   OPTIONAL MATCH (p)-[:IN_SECTION]->(s:Section)
                   RETURN p {.*} AS passage, collect(s.id) AS sections`)),
      ...(await q(`MATCH (s:Section) WHERE s.reportId IN $ids MATCH (o)-[:HAS_SECTION]->(s)
                   RETURN s {.*} AS section, o.id AS owner`)),
      ...(await q(`MATCH (r:Report)-[:ABOUT]->(g) WHERE r.id IN $ids RETURN r.id AS report, g.id AS about`)),
      ...(await q(`MATCH (r:Report)-[:HAS_PASSAGE]->(:Passage)<-[:MENTIONED_IN]-(e:Entity) WHERE r.id IN $ids
                   WITH DISTINCT e
                   RETURN e {.*} AS entity, labels(e) AS labels`)),
      ...(await q(`MATCH (r:Report)-[:HAS_PASSAGE]->(p:Passage)<-[m:MENTIONED_IN]-(e:Entity) WHERE r.id IN $ids
                   RETURN e.id AS entity, p.id AS passage, properties(m) AS mention`)),
      ...(await q(`MATCH (m:Metric)-[:OF_INDICATOR]->(i:Indicator) WHERE m.reportId IN $ids RETURN m.id AS metric, i.id AS indicator`)),
      ...(await q(`MATCH (a:Entity)-[x]->(b:Entity) WHERE any(id IN x.reportIds WHERE id IN $ids)
                   RETURN a.id AS from, type(x) AS type, b.id AS to, properties(x) AS relationship`)),
    ].sort();
  } finally {
    await session.close();
  }
}

describe('bulkWriteReports', () => {
  it('writes the same graph as writeReport, report by report', async () => {
    const ids = reports.map((r) => r.report.id);
    const bulk = await bulkWriteReports(store.db, reports);
    expect(bulk).toMatchObject({ bulk: 3, single: 0, bulkError: null });
    const viaBulk = await snapshot(ids);
    expect(viaBulk.length).toBeGreaterThan(1000);
    expect(viaBulk.filter((line) => line.startsWith('{indicator:')).length).toBeGreaterThan(10);

    for (const id of [...ids].reverse()) expect(await store.deleteReport(id)).toBe(true);
    expect(await snapshot(ids)).toEqual([]);
    for (const r of reports) await store.writeReport(r);
    const viaWriteReport = await snapshot(ids);
    expect(viaBulk).toEqual(viaWriteReport);
  });

  it('sends a report the database holds through writeReport (a re-ingest), and loads the others in bulk', async () => {
    // (A re-ingest makes the report the last writer of shared nodes' properties and lists, so only counts compare.)
    const counts = async () => JSON.stringify(await store.stats());
    const before = await counts();
    const result = await bulkWriteReports(store.db, [reports[0]]);
    expect(result).toMatchObject({ bulk: 0, single: 1 });
    expect(result.outcomes[0]).toMatchObject({ ok: true, result: { reportId: reports[0].report.id, changed: false } });
    expect(await counts()).toEqual(before);
  });

  it('leaves one copy when writeReport of a report starts while a bulk transaction writes it', async () => {
    const r = relabel(reports[1], `${reports[1].report.id}-race`);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      await store.writeReport(r);
      const once = await snapshot([r.report.id]);
      // writeReport starts at several points of the bulk transaction; whichever commits first, the other must
      // replace it, not add a second set of passages and mentions.
      for (const delayMs of [0, 30, 60, 120, 200]) {
        expect(await store.deleteReport(r.report.id)).toBe(true);
        const [bulk] = await Promise.all([bulkWriteReports(store.db, [r]), sleep(delayMs).then(() => store.writeReport(r))]);
        expect(bulk.outcomes[0].ok).toBe(true);
        expect(await snapshot([r.report.id])).toEqual(once);
      }
    } finally {
      await store.deleteReport(r.report.id);
    }
  });

  it('rolls the whole bulk transaction back when one report fails, then loads the good ones alone', async () => {
    const good = relabel(reports[1], `${reports[1].report.id}-again`);
    const bad = relabel(reports[2], `${reports[2].report.id}-broken`);
    bad.nodes[0] = { ...bad.nodes[0], properties: { ...bad.nodes[0].properties, broken: { nested: 1 } as never } };
    try {
      const result = await bulkWriteReports(store.db, [good, bad]);
      expect(result).toMatchObject({ bulk: 0, single: 2, bulkError: expect.stringMatching(/Map|Property values/) });
      expect(result.outcomes.map((o) => o.ok)).toEqual([true, false]);
      // The good report went in on its own after the bulk transaction failed; the bad one left no trace.
      expect((await store.nodesByIds([good.report.id])).size).toBe(1);
      expect((await store.nodesByIds([bad.report.id])).size).toBe(0);
    } finally {
      await store.deleteReport(good.report.id);
    }
  });
  it('does not bring back what a curator deleted: an entity or a relationship with a Tombstone stays out', async () => {
    const r = relabel(reports[2], `${reports[2].report.id}-tombstones`);
    const edge = r.edges.find((e) => e.type === 'MEASURES' && e.from.startsWith('metric:'))!;
    const node = r.nodes.find((n) => n.label === 'Metric' && n.id !== edge.from)!;
    const keys = [`node:${node.id}`, `edge:${edge.from}|${edge.type}|${edge.to}`];
    const session = store.db.driver.session();
    const count = async (cypher: string, params: Record<string, unknown>) => (await session.run(cypher, params)).records[0].get('n') as number;
    const edgeCount = () =>
      count(`MATCH (:Entity {id: $from})-[x]->(:Entity {id: $to}) WHERE type(x) = $type RETURN count(x) AS n`, { from: edge.from, to: edge.to, type: edge.type });
    try {
      await session.run('UNWIND $keys AS key CREATE (:Tombstone {key: key, curatedBy: "bulk test"})', { keys });
      const result = await bulkWriteReports(store.db, [r]);
      expect(result).toMatchObject({ bulk: 1, single: 0, bulkError: null });
      expect((await store.nodesByIds([node.id])).size).toBe(0);
      expect((await store.nodesByIds([edge.from, edge.to])).size).toBe(2);
      expect(await edgeCount()).toBe(0);
      // the rest of the report is there: its other metrics, with their mentions
      const others = r.nodes.filter((n) => n.label === 'Metric' && n.id !== node.id).map((n) => n.id);
      expect((await store.nodesByIds(others)).size).toBe(others.length);
      expect(await count('MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(:Passage) RETURN count(m) AS n', { id: edge.from })).toBeGreaterThan(0);
    } finally {
      await session.run('MATCH (t:Tombstone) WHERE t.key IN $keys DELETE t', { keys });
      await session.close();
      await store.deleteReport(r.report.id);
    }
  });
});
