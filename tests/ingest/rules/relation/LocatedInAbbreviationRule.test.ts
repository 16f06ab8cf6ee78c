import { RegionIndex } from '../../../../src/ingest/lexicon/RegionIndex';
import { loadLexicon } from '../../../../src/ingest/lexicon/loadLexicon';
import { LocatedInAbbreviationRule } from '../../../../src/ingest/rules/relation/LocatedInAbbreviationRule';
import { expectRelations, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

const L = 'LOCATED_IN';
const project = (text: string, name = text): Mention => ({ kind: 'project', text, name });

const matches: { text: string; mention: Mention; to: string[] }[] = [
  // seed line 32: bare heads of a shared suffix carry the canonical name; listed heads
  { text: '渝昆、成达万、渝万高速铁路加快推进', mention: project('渝昆', '渝昆高铁'), to: ['重庆市', '昆明市'] },
  { text: '渝昆、成达万、渝万高速铁路加快推进', mention: project('成达万', '成达万高铁'), to: ['成都市', '达州市', '万州区'] },
  { text: '渝昆、成达万、渝万高速铁路加快推进', mention: project('渝万', '渝万高铁'), to: ['重庆市', '万州区'] },
  // seed line 57: 中线 ends the head
  { text: '加快成渝中线高铁、渝昆高铁建设', mention: project('成渝中线高铁'), to: ['成都市', '重庆市'] },
  // seed line 32: 渝西高铁 runs to 西安, it is not 渝西地区 (a listed head)
  { text: '渝西高速铁路加快推进', mention: project('渝西高速铁路', '渝西高铁'), to: ['重庆市', '西安市'] },
  // seed line 32: a head of province abbreviations only
  { text: '渝湘高速铁路重庆至黔江段加快推进', mention: project('渝湘高速铁路重庆至黔江段', '渝湘高铁'), to: ['重庆市', '湖南省'] },
  // seed line 53: 川渝 is a false-positive context in 川渝特高压, so the head is read as two provinces
  { text: '川渝特高压交流工程重庆段建设有序推进', mention: project('川渝特高压交流工程重庆段', '川渝特高压交流工程'), to: ['四川省', '重庆市'] },
  // corpus 西藏, 陕西
  { text: '川藏铁路建设加快推进', mention: project('川藏铁路'), to: ['四川省', '西藏自治区'] },
  { text: '建成陕皖直流输电工程', mention: project('陕皖直流输电工程'), to: ['陕西省', '安徽省'] },
];

const nonMatches: { text: string; mention: Mention }[] = [
  // a full place name opens the name: LocatedInRule reads it
  { text: '万州机场T2航站楼完成建设', mention: project('万州机场T2航站楼') },
  { text: '永川港桥燃机热电联产项目建设', mention: project('永川港桥燃机热电联产') },
  // spelled-out ends are the gazetteer's
  { text: '黔江至吉首高速铁路项目勘察设计招标', mention: project('黔江至吉首高速铁路', '黔江至吉首高铁') },
  // corpus 天津: a head with an unlisted city abbreviation (潍 alone is not enough for anything)
  { text: '推进潍烟高铁建设', mention: project('潍烟高铁') },
  // corpus 湖北: 鄂 is 湖北 or 鄂尔多斯, so it counts only inside a listed head
  { text: '推进鄂黄高速建设', mention: project('鄂黄高速') },
  // no route word
  { text: '渝北燃机顺利开工', mention: project('渝北燃机') },
  // corpus 海南: no head before the route word
  { text: '海南中线铁路', mention: project('中线铁路') },
];

describe('LocatedInAbbreviationRule', () => {
  it.each(matches)('places $mention.name in $to', ({ text, mention, to }) =>
    expectRelations(LocatedInAbbreviationRule, text, to.map((r) => ({ type: L, from: mention.name!, to: r })), withMentions([mention])),
  );
  it.each(nonMatches)('reads no abbreviation in $mention.text', ({ text, mention }) => expectRelations(LocatedInAbbreviationRule, text, [], withMentions([mention])));
  it('names only regions the gazetteer holds', () => {
    const lexicon = loadLexicon();
    const data = lexicon.data<{ provinces: Record<string, string>; heads: Record<string, string[]> }>('region-abbreviations');
    const index = RegionIndex.of(lexicon);
    const missing = [...Object.values(data.provinces), ...Object.values(data.heads).flat()].filter((n) => !index.byName(n));
    expect(missing).toEqual([]);
  });
});
