import { refinersOf, rulesOf } from '../../../../src/ingest/rules';
import { passageContext, runPassage } from '../../harness';

// Fragments are real text of the 2026 provincial reports (seeds/reports). Every project rule and refiner runs, as in
// the pipeline: the refiner adds the items of a list of projects that no rule read.
// the place and body rules run too: a place that opens an item, or a body whose phase of works it is, must not keep it
// from the list
const siblings = (fragment: string) =>
  runPassage([...rulesOf('project'), ...rulesOf('region'), ...rulesOf('agency')], refinersOf('project'), passageContext(fragment)).filter((c) => c.rule === 'project.listSibling').map((c) => c.text);

describe('ProjectListSiblingRefiner', () => {
  it.each([
    // 广东 2026: a centre with no head of the lists among three named ones
    ['加快建设具身智能训练场、昇腾生态适配中心、开源鸿蒙适配中心、智能体创新中心等产业创新平台。', ['智能体创新中心']],
    // 浙江 2026: a railway siding among port works
    ['加快佛渡集装箱码头一期、北仑支线复线、梅山铁路专用线等重大项目建设进度，推动', ['梅山铁路专用线']],
    // 广东 2026: an intercity line written short among high-speed lines
    ['速三封段等项目，加快珠肇高铁、深南高铁、漳汕高铁、深惠城际、南珠（中）城际', ['深惠城际']],
    // 浙江, 海南 2026: a place that opens an item is a word of its name
    ['良渚古城遗址公园、杭州国家版本馆、之江文化中心、浙东运河文化园等一大批文化地标建成投用', ['浙东运河文化园']],
    // 海南 2026: a college's phase of works (海南警察学院, a body of its own elsewhere)
    ['加快建设海口永兴教育城、海南大学崖州校区、海南医科大学桂林洋校区、海南警察学院二期，支持', ['海南警察学院二期', '海口永兴教育城']],
    // 天津 2026: a phase of an airport among a railway and a high-speed line
    ['优化基础设施投资，推动机场三期、京滨城际南段、津潍高铁等工程，加快', ['机场三期']],
  ])('adds the other items of %s', (fragment, expected) => {
    expect(siblings(fragment)).toEqual(expected);
  });

  it.each([
    // 天津 2026: a kind of park (口袋 is a generic word) after two named ones
    '沿线亮化净化清新靓丽，五大道公园、设计公园和85个口袋公园等建成开放，交通设施、城',
    // 宁夏 2026: places whose development is supported, no facilities
    '协同发展，支持革命老区、生态退化地区、老工业基地、农垦场区转型发展。',
    // 福建 2026: a motorway's widening among railways and a nuclear unit is a suffix project of its own (扩容工程)
    '。宁德核电6号机组、温福高铁、厦漳泉R1线先行段、沈海高速漳诏段扩容工程等开工建设。',
  ])('adds nothing to %s', (fragment) => {
    expect(siblings(fragment)).toEqual([]);
  });
});
