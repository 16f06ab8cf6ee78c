import fs from 'node:fs';
import path from 'node:path';
import { entityRules, recordRules, refiners, relationRules, reportRefiners } from '../../../src/ingest/rules';

const SRC = path.join(__dirname, '../../../src/ingest');
const registered = new Set<unknown>([...entityRules, ...refiners, ...reportRefiners, ...relationRules, ...recordRules]);

/** Every `*Rule.ts` and `*Refiner.ts` file of the ingest layer, with the object it exports under its file name. */
function ruleFiles(): { file: string; exported: unknown }[] {
  const out: { file: string; exported: unknown }[] = [];
  for (const dir of ['rules', 'refiners']) {
    for (const entry of fs.readdirSync(path.join(SRC, dir), { recursive: true, withFileTypes: true })) {
      // rule files are named after their export, capitalised; factories (metricRule, defineRule) are not rules
      if (!entry.isFile() || !/^[A-Z]\w*(Rule|Refiner)\.ts$/.test(entry.name) || entry.name === 'Rule.ts') continue;
      const file = path.join(entry.parentPath, entry.name);
      const name = entry.name.replace(/\.ts$/, '');
      out.push({ file: path.relative(SRC, file), exported: (require(file) as Record<string, unknown>)[name] });
    }
  }
  return out;
}

describe('the rule registry (src/ingest/rules/index.ts)', () => {
  it('gives every rule and refiner a unique name', () => {
    const names = [...entityRules, ...refiners, ...reportRefiners, ...relationRules, ...recordRules].map((r) => r.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each(ruleFiles().map((f) => [f.file, f.exported] as const))('registers %s', (_file, exported) => {
    expect(exported).toBeDefined();
    expect(registered.has(exported)).toBe(true);
  });

  it('names every rule `kind.what`, as provenance stores it', () => {
    for (const r of [...entityRules, ...relationRules, ...refiners, ...reportRefiners, ...recordRules]) expect(r.name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});
