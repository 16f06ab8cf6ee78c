import { loadCypherFiles } from '../../../src/store';
import { allQueries } from '../../../src/store/queries';

const files = [...loadCypherFiles().values()];
const byFile = new Map(allQueries.map((q) => [q.file, q]));

describe('typed queries', () => {
  it('has exactly one wrapper per Cypher file, and none without a file', () => {
    expect(allQueries.map((q) => q.file).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: the wrapper declares the header’s parameters and columns', (name, file) => {
    const query = byFile.get(name)!;
    expect(query.params).toEqual(file.paramTypes);
    expect(query.returns).toEqual(file.returnTypes);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: every declared type is one the wrappers know', (_name, file) => {
    const known = /^(List<)?(String|Integer|Float|Boolean|Map|Node|Source|Relationship)\??(>\??)?$/;
    for (const type of [...Object.values(file.paramTypes), ...Object.values(file.returnTypes)]) expect(type).toMatch(known);
  });

  it('runs read files in read transactions and the others in write transactions', () => {
    for (const q of allQueries) expect(q.mode).toBe(q.file.startsWith('read/') ? 'READ' : 'WRITE');
  });
});
