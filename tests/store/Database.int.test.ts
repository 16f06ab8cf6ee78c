import { createDriver, Database, StoreError } from '../../src/store';
import { read, write } from '../../src/store/queries';
import { testConfig } from '../support/testStore';

const config = testConfig();
const db = new Database(createDriver(config.neo4j), { database: config.neo4j.database, queryTimeoutMs: 30_000 });
const PREFIX = `test-db-${process.pid}-`;

afterAll(async () => {
  await db.driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX });
  await db.close();
});

describe('Database', () => {
  it('writes and reads back inside one transaction', async () => {
    const id = `${PREFIX}a`;
    const seen = await db.writeTx(async (tx) => {
      await write.upsertNode(tx, { id, label: 'Policy', name: '测试政策', properties: { kind: 'OTHER' }, curatedBy: 'test', evidence: null });
      return read.nodesByIds(tx, { ids: [id] });
    });
    expect(seen[0].props.name).toBe('测试政策');
    const after = await db.run(read.nodesByIds, { ids: [id] });
    expect(after[0].labels.sort()).toEqual(['Entity', 'Policy']);
  });

  it('leaves nothing behind when the transaction fails half-way', async () => {
    const id = `${PREFIX}rolled-back`;
    await expect(
      db.writeTx(async (tx) => {
        await write.upsertNode(tx, { id, label: 'Policy', name: '半途', properties: {}, curatedBy: 'test', evidence: null });
        throw new Error('boom after the first write');
      }),
    ).rejects.toThrow('boom after the first write');
    expect(await db.run(read.nodesByIds, { ids: [id] })).toEqual([]);
  });

  it('counts one round trip per transaction', async () => {
    const counter = { roundTrips: 0 };
    const counted = db.counting(counter);
    await counted.run(read.reports, { first: 10 });
    await counted.readTx(async (tx) => {
      await read.nodeCounts(tx, {});
      await read.relationshipCounts(tx, {});
    });
    expect(counter.roundTrips).toBe(2);
  });

  it('reports an unreachable server as STORE_UNAVAILABLE', async () => {
    // Port 1 has no server; no retries so the test does not wait out the retry window.
    const dead = new Database(createDriver({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: '' }, { maxRetryTimeMs: 0 }), {
      queryTimeoutMs: 1000,
    });
    const error = await dead.run(read.reports, { first: 1 }).catch((e: unknown) => e);
    const pinged = await dead.ping();
    await dead.close();
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_UNAVAILABLE');
    expect(pinged).toBe(false);
  });
});
