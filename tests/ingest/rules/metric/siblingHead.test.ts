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
  { report: '浙江省 粮食播种面积1584.6万亩、总产量132.4亿斤', before: '粮食播种面积', item: '总产量', expected: '粮食总产量' },
  { report: '云南省 粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨', before: '粮食播种面积', item: '年度产量', expected: '粮食年度产量' },
  { report: '重庆 2023 上半年 蔬菜播种面积628.6万亩,收获产量1222.2万吨', before: '蔬菜播种面积', item: '收获产量', expected: '蔬菜收获产量' },
  { report: '海南省 生物降解制品总产量增长19%、产值增长18%', before: '生物降解制品总产量', item: '产值', expected: '生物降解制品产值' },
  // must not join: the item is no bare head, or the item before ends in no head of its group
  { report: '河南省 粮食总产量连续9年稳定在1300亿斤以上。耕地面积净增212万亩', before: '粮食总产量', item: '耕地面积净增', expected: '耕地面积净增' },
  { report: '辽宁省 接待游客人次和旅游收入分别增长17.6%、16.8%', before: '接待游客人次', item: '旅游收入', expected: '旅游收入' },
  { report: '安徽省 制造业、普惠小微贷款余额分别增长10.7%、13.3%', before: '制造业贷款余额', item: '普惠小微贷款余额', expected: '普惠小微贷款余额' },
  { report: '湖北省 对东盟、欧盟进出口分别增长16.7%、40.2%', before: '对东盟进出口', item: '欧盟进出口', expected: '欧盟进出口' },
  { report: '山西省 事故起数、死亡人数同比分别下降12.04%、11.56%', before: '事故起数', item: '死亡人数', expected: '事故死亡人数' },
];

describe('siblingHead', () => {
  it.each(rows)('$report: ($before, $item) → $expected', ({ before, item, expected }) =>
    expect(siblingHead(before, item, ml)).toBe(expected));
});
