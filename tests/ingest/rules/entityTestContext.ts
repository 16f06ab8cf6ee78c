import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Candidate, EntityRule, PassageContext, Refiner } from '../../../src/ingest/rules/Rule';
import type { Lexicon } from '../../../src/ingest/lexicon/Lexicon';
import type { ReportMeta } from '../../../src/ingest/records/types';

const lexiconDir = path.join(__dirname, '../../../seeds/lexicon');

/**
 * A stand-in for the real lexicon loader and harness (written in parallel): reads seeds/lexicon directly, so the
 * entity rules can be tested before the engine exists. One instance for all tests, as the loader would cache it.
 */
export const testLexicon: Lexicon = (() => {
  const cache = new Map<string, unknown>();
  return {
    words(name: string): readonly string[] {
      const key = `${name}.txt`;
      if (!cache.has(key)) {
        const lines = fs
          .readFileSync(path.join(lexiconDir, key), 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '' && !l.startsWith('#'));
        cache.set(key, lines);
      }
      return cache.get(key) as string[];
    },
    data<T>(name: string): T {
      const key = `${name}.json`;
      if (!cache.has(key)) cache.set(key, JSON.parse(fs.readFileSync(path.join(lexiconDir, key), 'utf8')));
      return cache.get(key) as T;
    },
  };
})();

/** The length-preserving normalisation the real pipeline applies: full-width ASCII and the ideographic space → half-width. */
export function normalizeForTest(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

export const chongqingMeta: ReportMeta = {
  id: 'chongqing-2023-h1',
  title: '重庆市人民政府关于我市2023年1—6月国民经济和社会发展计划执行情况的报告',
  issuer: '重庆市人民政府',
  region: '重庆市',
  year: 2023,
  period: '2023年1—6月',
  publishDate: null,
  sourceUrl: null,
  sourceFile: null,
};

/** A PassageContext for one passage `text` that starts at `offset` in its report. */
export function entityTestContext(text: string, offset = 0, meta: ReportMeta = chongqingMeta): PassageContext {
  return {
    passage: { id: `p${offset}`, reportId: meta.id, sectionId: null, order: 0, start: offset, end: offset + text.length, text },
    text: normalizeForTest(text),
    report: meta,
    lexicon: testLexicon,
  };
}

/** Runs rules then refiners over one context, as the engine will, sorted by start. */
export function runEntityRules(
  rules: readonly EntityRule[],
  refiners: readonly Refiner[],
  ctx: PassageContext,
): Candidate[] {
  let found = rules.flatMap((r) => r.extract(ctx).map((c) => ({ ...c, rule: r.name })));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of refiners) found = refiner.refine(ctx, found);
  return found;
}

/** Splits a report into line passages with absolute offsets (the seed report has one paragraph per line). */
export function linePassages(report: string): { text: string; start: number; line: number }[] {
  const out: { text: string; start: number; line: number }[] = [];
  let start = 0;
  report.split('\n').forEach((text, i) => {
    out.push({ text, start, line: i + 1 });
    start += text.length + 1;
  });
  return out;
}
