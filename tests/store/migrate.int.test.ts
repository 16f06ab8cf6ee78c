import { createDriver, Database, loadMigrations, migrate, MigrationChecksumError } from '../../src/store';
import { testConfig } from '../support/testStore';

const config = testConfig();
const db = new Database(createDriver(config.neo4j), { database: config.neo4j.database, queryTimeoutMs: 30_000 });
const driver = db.driver;
afterAll(() => db.close());

describe('migrate', () => {
  it('applies nothing the second time: every migration is already recorded', async () => {
    const first = await migrate(db);
    const second = await migrate(db);
    const versions = loadMigrations().map((m) => m.version);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(versions);
    expect([...first.applied, ...first.alreadyApplied].sort()).toEqual(versions);
  });

  it('creates the constraints, lookup indexes and the CJK full-text index', async () => {
    const { records: constraints } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints[0].get('names')).toEqual(expect.arrayContaining(['entity_id', 'policy_id', 'region_id', 'metric_id', 'passage_id']));
    const { records: fulltext } = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options RETURN name, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    const kg = fulltext.find((r) => r.get('name') === 'kg_fulltext');
    expect(kg?.get('analyzer')).toBe('cjk');
    expect(kg?.get('labelsOrTypes')).toEqual(expect.arrayContaining(['Policy', 'Region', 'Passage']));
    expect(kg?.get('properties')).toEqual(['name', 'text']);
  });

  it('refuses to continue when an applied migration file was edited', async () => {
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
    await expect(migrate(db, edited)).rejects.toThrow(MigrationChecksumError);
    await expect(migrate(db, edited)).rejects.toThrow(/V0001__node_keys\.cypher was changed after it was applied/);
  });
});
