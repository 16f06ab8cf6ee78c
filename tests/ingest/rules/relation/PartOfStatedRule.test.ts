import { PartOfStatedRule } from '../../../../src/ingest/rules/relation/PartOfStatedRule';
import { expectRelations, run } from '../../harness';
import { withMentions } from './relations.fixtures';

const P = 'PART_OF';

describe('PartOfStatedRule', () => {
  it('puts the places before 等 in the area that sums them up (seed line 22)', () => {
    expectRelations(PartOfStatedRule, '深化共建川渝万达开统筹发展示范区等川渝毗邻地区合作功能平台建设', [
      { type: P, from: '万达开川渝统筹发展示范区', to: '川渝毗邻地区' },
    ], withMentions([]));
  });
  it('puts an area named right after a bigger place inside it (seed line 30)', () => {
    expectRelations(PartOfStatedRule, '推动中心城区两江四岸整体提升', [{ type: P, from: '两江四岸', to: '中心城区' }], withMentions([]));
  });
  it('cites the two names, stated side by side', () => {
    const text = '推动中心城区两江四岸整体提升';
    const [r] = run([], text, withMentions([]), [PartOfStatedRule]).results.flatMap((x) => x.relations);
    expect([text.slice(r.start, r.end), r.fields.basis]).toEqual(['中心城区两江四岸', 'adjacent']);
  });
  it.each([
    // 安徽 2026: 等市 sums the cities up into a category, no place
    ['黄山、池州、安庆、宣城等市全域联动', '安徽省'],
    // 浙江 2026: two cities side by side name a port, neither holds the other
    ['宁波舟山港集装箱吞吐量', '浙江省'],
    // 山西 2026: a direction after the province is central Shanxi, not 中部地区 inside it
    ['有序推动山西中部城市群一体化发', '山西省'],
  ])('states nothing in %s', (text, region) => expectRelations(PartOfStatedRule, text, [], withMentions([], region)));
});
