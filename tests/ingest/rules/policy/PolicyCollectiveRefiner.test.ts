import { refinersOf, rulesOf } from '../../../../src/ingest/rules';
import { passageContext, runPassage } from '../../harness';

// Fragments are real text: the 2026 青海 report and the seed report. All policy rules and refiners run.
const policies = (fragment: string) => runPassage(rulesOf('policy'), refinersOf('policy'), passageContext(fragment)).map((c) => c.text);

describe('PolicyCollectiveRefiner', () => {
  it('drops the collective name after its items (青海 2026)', () => {
    expect(policies('实施工业千亿投资、优服务提信心激发民间投资活力、重点产业招商聚能突破“三大行动”，')).toEqual([
      '工业千亿投资',
      '优服务提信心激发民间投资活力',
      '重点产业招商聚能突破',
    ]);
  });
  it('keeps a collective name the text gives without items (seed report)', () => {
    expect(policies('实施科技服务“三大行动”,新认定')).toContain('“三大行动”');
  });
});
