import { RegionOwnAbbreviationRule } from '../../../../src/ingest/rules/region/RegionOwnAbbreviationRule';
import { expectExtracts, expectNothing, type ExpectedCandidate } from '../../harness';

// Fragments of the 2026 reports and the seed report, each read in a report about the province it comes from.
const matches: { text: string; region: string; expected: ExpectedCandidate[] }[] = [
  // 山西 2026: 在 + the abbreviation, a word of its own
  { text: '术企业突破4500家。在晋两院院士突破两位数。', region: '山西省', expected: [{ text: '晋', start: 12, name: '山西省', fields: { level: 'province' } }] },
  // 湖南 2026: a compound for the province's firms
  { text: '施产业出海先锋行动，推动湘企抱团出海', region: '湖南省', expected: [{ text: '湘', start: 12, name: '湖南省' }] },
  // 贵州 2026: 电力入黔 is power coming in, not a programme's name (no 电 right before 入)
  { text: '利用，积极推进清洁电力入黔，电力装机规模达1.1亿', region: '贵州省', expected: [{ text: '黔', start: 12, name: '贵州省' }] },
  // 湖北 2026: three in a row
  {
    text: '度吸引海内外高校毕业生留鄂回鄂来鄂就业创业',
    region: '湖北省',
    expected: [{ text: '鄂', start: 12, name: '湖北省' }, { text: '鄂', start: 14, name: '湖北省' }, { text: '鄂', start: 16, name: '湖北省' }],
  },
  // 河南, 广东 2026: the forces and offices stationed there are addressed by where they serve
  { text: '向全省各族人民和驻豫人民解放军、武警部队官兵', region: '河南省', expected: [{ text: '豫', start: 9, name: '河南省' }] },
  { text: '向中央驻粤单位、驻粤人民解放军和武警官兵', region: '广东省', expected: [{ text: '粤', start: 4, name: '广东省' }, { text: '粤', start: 9, name: '广东省' }] },
];

const nonMatches: { text: string; region: string }[] = [
  // seed line 53: 外电入渝 is a programme; the place is part of its name
  { text: '保障能力。全力推进外电入渝,川渝特高压交流工程重庆', region: '重庆市' },
  // 湖南 2026: 宁 is not the report's own province (宁电入湘 names Ningxia's power, and 湘 sits in the name)
  { text: '联网工程开工建设，宁电入湘工程投产送电', region: '湖南省' },
  // 新疆 2026: 援疆 names a programme; at the passage's end the abbreviation opens no compound
  { text: '综合效益。19个援疆省市落实对口援疆', region: '新疆维吾尔自治区' },
  // 云南 2026: 在滇池 is the lake, one word
  { text: '的海菜花在滇池、洱海绽', region: '云南省' },
  // 陕西 2026: the full name is the gazetteer's
  { text: '日在陕西省', region: '陕西省' },
  // 湖南 2026: another province's abbreviation is not read
  { text: '推动湘企抱团出海', region: '湖北省' },
];

describe('RegionOwnAbbreviationRule', () => {
  it.each(matches)('finds $expected.0.name in $text', ({ text, region, expected }) =>
    expectExtracts(RegionOwnAbbreviationRule, text, expected, { meta: { region } }));
  it.each(nonMatches)('ignores $text', ({ text, region }) => expectNothing(RegionOwnAbbreviationRule, text, { meta: { region } }));
});
