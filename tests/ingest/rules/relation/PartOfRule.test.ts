import { RegionIndex } from '../../../../src/ingest/lexicon/RegionIndex';
import { loadLexicon } from '../../../../src/ingest/lexicon/loadLexicon';
import { PartOfRule, partOfEvidenceRank } from '../../../../src/ingest/rules/relation/PartOfRule';
import { expectRelations, run } from '../../harness';
import { withMentions } from './relations.fixtures';

const P = 'PART_OF';

describe('PartOfRule', () => {
  it('links a district up the whole chain (seed line 30)', () => {
    expectRelations(PartOfRule, '黔江区创建成果持续巩固', [
      { type: P, from: '黔江区', to: '重庆市' },
      { type: P, from: '重庆市', to: '中华人民共和国' },
    ], withMentions([]));
  });
  it('links 渝西地区 to 主城都市区 and on to 重庆市 (seed line 29)', () => {
    expectRelations(PartOfRule, '支持渝西地区打造先行区', [
      { type: P, from: '渝西地区', to: '主城都市区' },
      { type: P, from: '主城都市区', to: '重庆市' },
      { type: P, from: '重庆市', to: '中华人民共和国' },
    ], withMentions([]));
  });
  it('emits each link once per report, on the first mention', () => {
    expectRelations(PartOfRule, '黔江区先行。黔江区再行', [
      { type: P, from: '黔江区', to: '重庆市' },
      { type: P, from: '重庆市', to: '中华人民共和国' },
    ], withMentions([]));
  });
  it('stops at a cooperation area’s macro region (川渝 has no parent)', () => {
    expectRelations(PartOfRule, '川渝高竹新区累计入驻企业182户', [{ type: P, from: '川渝高竹新区', to: '川渝' }], withMentions([]));
  });

  // the evidence each link keeps across the report: [from, to, the evidence's text and what follows it]
  const evidence = (text: string): string[][] =>
    run([], text, withMentions([]), [PartOfRule])
      .results.flatMap((r) => r.relations)
      .map((r) => [r.from.name, r.to.name, text.slice(r.start, r.end + 2)]);

  it('prefers a later mention of the full name over a short form inside a brand (seed lines 19, 59)', () => {
    expect(evidence('发放重庆英才服务卡1万张\n举行重庆市大中小学生运动会')).toEqual([['重庆市', '中华人民共和国', '重庆市大中']]);
  });
  it('prefers a standalone short form over one inside a brand', () => {
    expect(evidence('发放重庆英才服务卡1万张\n召开“重庆、四川”党政联席会议')).toEqual([
      ['重庆市', '中华人民共和国', '重庆、四'],
      ['四川省', '中华人民共和国', '四川”党'],
    ]);
  });
  it('keeps a district’s own full name, not the child mention, as evidence for its parent’s link', () => {
    expect(evidence('黔江区创建成果持续巩固\n重庆市经济增长')).toEqual([
      ['黔江区', '重庆市', '黔江区创建'],
      ['重庆市', '中华人民共和国', '重庆市经济'],
    ]);
  });

  const chongqing = RegionIndex.of(loadLexicon()).byName('重庆市')!;
  it.each([
    ['重庆市', '举', '大', 0],
    ['重庆', '“', '、', 1],
    ['重庆', undefined, '”', 1],
    ['重庆', '发', '英', 2],
    ['黔江区', ',', '创', 3],
    // seed line 17: a joint name names the place only through the pair
    ['成渝', '动', '地', 3],
  ] as const)('ranks %s between %s and %s as %d', (text, before, after, rank) => {
    expect(partOfEvidenceRank(text, before, after, chongqing)).toBe(rank);
  });
});
