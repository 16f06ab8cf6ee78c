import fs from 'node:fs';
import path from 'node:path';
import { cypherRoot, loadCypherFiles, parseCypherFile } from '../../src/store';

const files = [...loadCypherFiles().values()];

describe('cypher files', () => {
  it('finds the read, write, ingest and migrate files', () => {
    const areas = new Set(files.map((f) => f.name.split('/')[0]));
    expect([...areas].sort()).toEqual(['ingest', 'migrate', 'read', 'write']);
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s opens with a header that says what it is for', (_name, file) => {
    expect(file.header.split('\n')[0]).toMatch(/^\/\/ \S.{10,}/);
    expect(file.body.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s declares exactly the parameters it uses', (_name, file) => {
    expect([...file.declaredParams].sort()).toEqual([...file.usedParams].sort());
  });

  it('reads parameter and column types from the header', () => {
    const parsed = parseCypherFile('x', '// what\n// @param ids: List<String> — node ids\n// @returns id: String?, n: Integer — a note\nRETURN $ids');
    expect(parsed.paramTypes).toEqual({ ids: 'List<String>' });
    expect(parsed.returnTypes).toEqual({ id: 'String?', n: 'Integer' });
  });

  it('ignores $ inside string literals and comments', () => {
    const parsed = parseCypherFile('x', "// @param a: Int — a\nMATCH (n) WHERE n.s = '$notAParam' // $alsoNot\nRETURN $a");
    expect(parsed.usedParams).toEqual(['a']);
    expect(parsed.declaredParams).toEqual(['a']);
  });

  it('keeps schema migrations out of the runtime map', () => {
    expect(fs.existsSync(path.join(cypherRoot, 'schema', 'V0001__node_keys.cypher'))).toBe(true);
    expect(files.some((f) => f.name.startsWith('schema/'))).toBe(false);
  });
});
