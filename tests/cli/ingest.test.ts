import { summaryTable, type IngestSummary } from '../../src/cli/ingest';

describe('summaryTable', () => {
  it('says what loaded, what failed and what was not tried when the run stopped early', () => {
    const summary: IngestSummary = {
      loaded: [{ reportId: 'a', changed: true, nodes: { Policy: 2 }, relationships: { SUPPORTS: 1 }, passages: 3 }],
      failed: [{ file: 'b.txt', error: 'STORE_UNAVAILABLE: The graph database is unavailable; try again shortly.' }],
      notTried: ['c.txt', 'd.txt'],
      stopped: 'the database was unreachable for 30 s',
      seconds: 31.2,
    };
    const table = summaryTable(summary);
    expect(table).toContain('1 report(s) loaded (1 new or changed), 1 failed, 2 not tried, in 31.2 s');
    expect(table).toContain('STOPPED: the database was unreachable for 30 s');
    expect(table).toContain('LOADED a');
    expect(table).toContain('FAILED b.txt: STORE_UNAVAILABLE');
    expect(table.split('\n').filter((l) => l.startsWith('NOT TRIED'))).toEqual(['NOT TRIED c.txt', 'NOT TRIED d.txt']);
  });
});
