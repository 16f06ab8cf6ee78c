import { RegionInNameRefiner } from '../../../src/ingest/refiners/RegionInNameRefiner';
import { RegionGazetteerRule } from '../../../src/ingest/rules/region/RegionGazetteerRule';
import { PolicyTitleRule } from '../../../src/ingest/rules/policy/PolicyTitleRule';
import { expectExtracts, expectNothing, passageContext, runPassage, type ExpectedCandidate } from '../harness';

const options = { meta: { region: '重庆市' }, refiners: [RegionInNameRefiner] };

// real fragments of the seed report (its line numbers) and the 2026 reports
const dropped: string[] = [
  '开展“爱尚重庆·迎新消费季”', // seed line 29: a quoted name longer than the place
  '召开数字重庆建设大会,推进', // seed line 39: 建设 inside the event's name, after its opening verb
  '召开重庆与央企携手合作落实成渝地区双城经济圈建设国家战略共建现代化新重庆座谈会,与', // seed line 41
  '服务云平台”,举办进博会重庆投资贸易合作恳谈会,更大', // seed line 63: 恳谈会
  '款年度任务。承办2025中国民营企业500强发布会。', // 2026 corpus: 发布会
  '召开推动长江经济带高质量发展专题会,强化', // seed line 43: 专题会
  '圆满举办4届南博会、3届华商聚云南、3届滇商大会等系列活动', // 云南 2026: an edition count opens the event's name
  '佳绩。举办第一届云南省城市足球联赛。', // 云南 2026
  '高质量推进国家文化公园(重庆段)建设。', // seed line 66: a project's section in brackets
  '水环境治理，加快大运河（天津段）综合治理，集', // 天津 2026: a canal's section is works too
  '民族歌剧《柳柳州》主要演员获文华表演奖', // 广西 2026: a work's title in 《》 that is no policy
  '免费送戏下乡超8万场。话剧《右玉》《于成龙》、歌曲《瓷', // 山西 2026: the whole title may be the place
];

const kept: { text: string; expected: ExpectedCandidate[] }[] = [
  // 云南 2026: a river's section keeps its place (the annotators mark it)
  { text: '异龙湖实现脱劣，赤水河（云南省段）、大盈', expected: [{ text: '云南省', start: 12, name: '云南省' }] },
  // seed line 39: the same place outside the event keeps its mention (数字重庆建设 is a policy, not an event)
  { text: '大力推进数字重庆建设,召开', expected: [{ text: '重庆', start: 6, name: '重庆市' }] },
  // 天津 2026: the place before the opening verb is where the event is held; 上海 inside the summit's name is not
  { text: '在天津举办2025年上海合作组织峰会', expected: [{ text: '天津', start: 1, name: '天津市' }] },
  // 甘肃 2026: 行 at the end of 先行 is no event's head (an event of the place ending in 行 would drop it)
  { text: '加快张掖乡村振兴、金昌城乡融合发展先行先试和嘉峪关全域城市化建设。', expected: [{ text: '张掖', start: 2, name: '张掖市' }, { text: '金昌', start: 9, name: '金昌市' }, { text: '嘉峪关', start: 22, name: '嘉峪关市' }] },
  // seed report: punctuation ends the run, so the place after the event is no part of it
  { text: '召开食品及农产品加工高质量发展产业生态大会,出台《重庆市支持', expected: [{ text: '重庆市', start: 25, name: '重庆市' }] },
];

describe('RegionInNameRefiner', () => {
  it.each(dropped)('drops the region in %s', (text) => expectNothing(RegionGazetteerRule, text, options));
  it.each(kept)('keeps $text', ({ text, expected }) => expectExtracts(RegionGazetteerRule, text, expected, options));
  it('keeps the place inside a policy\'s title in 《》 (海南 2026), which the title may support', () => {
    const found = runPassage([RegionGazetteerRule, PolicyTitleRule], [RegionInNameRefiner], passageContext('批“最佳实践案例”。《海南自由贸易港外商投资条例》颁布。海关高'));
    expect(found.map((c) => [c.kind, c.text]).sort()).toEqual([['policy', '《海南自由贸易港外商投资条例》'], ['region', '海南自由贸易港']]);
  });
});
