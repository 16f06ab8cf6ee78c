import { loadLexicon } from '../../../../src/ingest';
import { metricLexicon } from '../../../../src/ingest/rules/metric/metricLexicon';
import { siblingHead } from '../../../../src/ingest/rules/metric/siblingHead';

const ml = metricLexicon(loadLexicon());

// Items of real lists in the 2026 provincial work reports: the item before, the item, the subject it names.
const rows: { report: string; before: string; item: string; expected: string }[] = [
  // must join: a bare head after a sibling head of its group
  { report: '浙江省 道路交通事故起数和死亡人数分别下降1.8%、31.3%', before: '道路交通事故起数', item: '死亡人数', expected: '道路交通事故死亡人数' },
  { report: '甘肃省 生产安全事故起数、死亡人数、受伤人数…分别下降', before: '生产安全事故死亡人数', item: '受伤人数', expected: '生产安全事故受伤人数' },
  { report: '吉林省 省属企业营业收入、利润分别增长6%、60.7%', before: '省属企业营业收入', item: '利润', expected: '省属企业利润' },
  { report: '云南省 地方一般公共预算收入增长2.3%、支出首次超过7000亿元', before: '地方一般公共预算收入', item: '支出', expected: '地方一般公共预算支出' },
  // must not join: the item is no bare head, or the item before ends in no head of its group
  { report: '辽宁省 接待游客人次和旅游收入分别增长17.6%、16.8%', before: '接待游客人次', item: '旅游收入', expected: '旅游收入' },
  { report: '安徽省 制造业、普惠小微贷款余额分别增长10.7%、13.3%', before: '制造业贷款余额', item: '普惠小微贷款余额', expected: '普惠小微贷款余额' },
  { report: '湖北省 对东盟、欧盟进出口分别增长16.7%、40.2%', before: '对东盟进出口', item: '欧盟进出口', expected: '欧盟进出口' },
  { report: '山西省 事故起数、死亡人数同比分别下降12.04%、11.56%', before: '事故起数', item: '死亡人数', expected: '事故死亡人数' },
];

describe('siblingHead', () => {
  it.each(rows)('$report: ($before, $item) → $expected', ({ before, item, expected }) =>
    expect(siblingHead(before, item, ml)).toBe(expected));
});
