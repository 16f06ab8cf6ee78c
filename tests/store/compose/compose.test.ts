import { TRANSLATE_CASES, translateCase } from '../../support/translateCases';

/**
 * The Cypher and parameters store/compose writes for representative selections (api/translate → store/compose),
 * pinned as snapshots (STYLE 6.3): a change to a composed statement shows in review as a change to its snapshot.
 * Their EXPLAIN against real Neo4j, and their answers against the list files', are compose.int.test.ts.
 */
describe('composed statements', () => {
  it.each(Object.keys(TRANSLATE_CASES))('%s', (name) => {
    const { plan, statement } = translateCase(name);
    expect({ plan, text: statement.text, params: statement.params }).toMatchSnapshot();
  });

  it('only ever writes values as parameters', () => {
    for (const name of Object.keys(TRANSLATE_CASES)) {
      const { statement } = translateCase(name);
      for (const value of Object.values(statement.params)) {
        for (const v of [value].flat()) if (typeof v === 'string' && v.length > 0) expect(statement.text).not.toContain(v);
      }
    }
  });

  it('leaves a nested field with invalid arguments to its resolver (which reports the error)', () => {
    const { plan } = translateCase('invalid nested page sizes are left to their resolvers');
    expect(plan.node.Policy?.fields).toEqual({});
  });
});
