import { FalsePositiveContextRefiner } from '../../../src/ingest/refiners/FalsePositiveContextRefiner';
import { RegionGazetteerRule } from '../../../src/ingest/rules/region/RegionGazetteerRule';
import { expectExtracts, expectNothing, type ExpectedCandidate } from '../harness';

const options = { meta: { region: '重庆市' }, refiners: [FalsePositiveContextRefiner] };

const dropped: string[] = [
  '加快成渝中线高铁建设', // seed line 59: 渝中 inside 成渝中线
  '江北国际机场T3B航站楼', // 江北 inside 江北国际机场
  '重庆大学、重庆日报社', // follower 大学; context 重庆日报
  '市域内江河湖库', // 内江 inside 域内江
  '召开县长座谈会', // 开县 (former name of 开州区) inside 召开县
  '为长江经济带发展和美丽中国建设作出新贡献', // seed line 54: 美丽中国 is a slogan
  '第二届中国(重庆)国际消费节', // seed line 42: an event's name; 重庆 is inside the brackets but follows 中国(
  '推进川渝通办事项', // 川渝通办 is a service name
];

const kept: { text: string; expected: ExpectedCandidate[] }[] = [
  { text: '高质量推进渝中区、九龙坡区国家城市更新试点', expected: [{ text: '渝中区', start: 5 }, { text: '九龙坡区', start: 9 }] },
  { text: '江北区入选全国义务教育优质均衡先行创建区', expected: [{ text: '江北区', start: 0 }] },
];

describe('FalsePositiveContextRefiner', () => {
  it.each(dropped)('drops the region in %s', (text) => {
    if (text.includes('中国(重庆)')) {
      // 中国 goes (context 中国(); 重庆 stays: the event is held in Chongqing
      expectExtracts(RegionGazetteerRule, text, [{ text: '重庆', start: 6, name: '重庆市' }], options);
    } else expectNothing(RegionGazetteerRule, text, options);
  });
  it.each(kept)('keeps $text', ({ text, expected }) => expectExtracts(RegionGazetteerRule, text, expected, options));
});
