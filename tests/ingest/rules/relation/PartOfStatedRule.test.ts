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
    // seed line 32: a tunnel named after the highway it is on
    ['巫镇高速公路巫溪隧道双洞贯通', '巫镇高速公路巫溪隧道', '巫镇高速公路', '重庆市'],
    // 青海 2026: a bridge on a railway
    ['高效完成西成铁路尖扎黄河特大桥', '西成铁路尖扎黄河特大桥', '西成铁路', '青海省'],
  ])('puts the structure in %s on its route', (text, part, route, region) =>
    expectRelations(PartOfStatedRule, text, [{ type: P, from: part, to: route }], withMentions([{ kind: 'project', text: part }], region)),
  );
  it.each([
    // seed line 32: an airport's terminal has no name of its own (annotated as one project)
    ['万州机场T2航站楼完成建设', '万州机场T2航站楼', '重庆市'],
    // 云南 2026: nor has a runway
    ['昆明长水国际机场东二跑道', '昆明长水国际机场东二跑道', '云南省'],
  ])('keeps %s one project', (text, project, region) => expectRelations(PartOfStatedRule, text, [], withMentions([{ kind: 'project', text: project }], region)));
  it.each([
    // 安徽 2026: 等市 sums the cities up into a category, no place
    ['黄山、池州、安庆、宣城等市全域联动', '安徽省'],
    // 浙江 2026: two cities side by side name a port, neither holds the other
    ['宁波舟山港集装箱吞吐量', '浙江省'],
    // 山西 2026: a direction after the province is central Shanxi, not 中部地区 inside it
    ['有序推动山西中部城市群一体化发', '山西省'],
    // 广东 2026: three parts of the province side by side, none inside another
    ['推动粤东粤西粤北地区深度融湾发展', '广东省'],
  ])('states nothing in %s', (text, region) => expectRelations(PartOfStatedRule, text, [], withMentions([], region)));
});
