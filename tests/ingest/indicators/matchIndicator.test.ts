import fs from 'node:fs';
import path from 'node:path';
import { loadIndicators, loadLexicon, matchIndicator } from '../../../src/ingest';

const REPORTS = path.join(__dirname, '../../../seeds/reports');
const catalogue = loadIndicators(loadLexicon());
const report = (province: string): string => `2026-${province}-government-work-report.txt`;

/**
 * One row: a real fragment of a report (checked to be in the file), the subject and unit as the fragment writes
 * them, and the indicator they must map to (null: must not map).
 */
interface Row {
  file: string;
  fragment: string;
  subject: string;
  unit: string;
  expected: string | null;
}

const matches: Row[] = [
  // scope and plain variants
  { file: report('北京市'), fragment: '全市地区生产总值5.2万亿元、增长5.4%', subject: '全市地区生产总值', unit: '万亿元', expected: 'gdp' },
  { file: report('上海市'), fragment: '全市生产总值增长5%左右', subject: '全市生产总值', unit: '%', expected: 'gdp' },
  { file: report('山西省'), fragment: '全年GDP增长4%', subject: 'GDP', unit: '%', expected: 'gdp' },
  { file: report('河南省'), fragment: '主要预期目标是：经济增长5%左右', subject: '经济', unit: '%', expected: 'gdp' },
  { file: report('浙江省'), fragment: '全省生产总值增长5.5%', subject: '全省生产总值', unit: '%', expected: 'gdp' },
  { file: report('云南省'), fragment: '完成地区生产总值32765亿元、增长4.1%', subject: '完成地区生产总值', unit: '亿元', expected: 'gdp' },
  // a growth rate of a thing is the thing
  { file: report('新疆维吾尔自治区'), fragment: '建议“十五五”时期地区生产总值增速目标设定为年均增长5.5%—6%', subject: '地区生产总值增速', unit: '%', expected: 'gdp' },
  { file: report('海南省'), fragment: '全社会研发经费投入增速年均超20%', subject: '全社会研发经费投入增速', unit: '%', expected: 'rd_expenditure' },
  { file: report('上海市'), fragment: '人均地区生产总值达到3.2万美元', subject: '人均地区生产总值', unit: '万美元', expected: 'gdp_per_capita' },
  { file: report('吉林省'), fragment: '规上工业增加值增长6%左右', subject: '规上工业增加值', unit: '%', expected: 'value_added_industry_above_scale' },
  { file: report('湖南省'), fragment: '规模工业增加值增长6.2%', subject: '规模工业增加值', unit: '%', expected: 'value_added_industry_above_scale' },
  // a unit of the indicator's family, with its magnitude
  { file: report('黑龙江省'), fragment: '粮食总产量1640.06亿斤', subject: '粮食总产量', unit: '亿斤', expected: 'grain_output' },
  { file: report('陕西省'), fragment: '粮食产量1347万吨', subject: '粮食产量', unit: '万吨', expected: 'grain_output' },
  // % is a growth rate and fits every family
  { file: report('吉林省'), fragment: '粮食产量增长近15%', subject: '粮食产量', unit: '%', expected: 'grain_output' },
  { file: report('云南省'), fragment: '技术合同成交额增长7.1倍', subject: '技术合同成交额', unit: '倍', expected: 'tech_contract_value' },
  { file: report('新疆维吾尔自治区'), fragment: '全疆常住人口城镇化率61.61%', subject: '全疆常住人口城镇化率', unit: '%', expected: 'urbanisation_rate' },
  { file: report('安徽省'), fragment: '单位地区生产总值能耗下降17%', subject: '单位地区生产总值能耗', unit: '%', expected: 'energy_intensity' },
  { file: report('内蒙古自治区'), fragment: '单位GDP能耗累计下降18%', subject: '单位GDP能耗', unit: '%', expected: 'energy_intensity' },
  { file: report('北京市'), fragment: '城镇调查失业率4.1%', subject: '城镇调查失业率', unit: '%', expected: 'urban_unemployment_rate' },
  { file: report('辽宁省'), fragment: '城镇新增就业48万人', subject: '城镇新增就业', unit: '万人', expected: 'urban_new_jobs' },
  { file: report('海南省'), fragment: '实际使用外资增长19.9%', subject: '实际使用外资', unit: '%', expected: 'fdi' },
  { file: report('云南省'), fragment: '货物贸易进出口总额增长10.2%', subject: '货物贸易进出口总额', unit: '%', expected: 'foreign_trade' },
  { file: report('福建省'), fragment: '进出口下降5.4%', subject: '进出口', unit: '%', expected: 'foreign_trade' },
  // the second look-up: one measure word off both sides (进出口总值 ~ 进出口总额, 接待游客人次 ~ 接待游客)
  { file: report('内蒙古自治区'), fragment: '进出口总值增长6.4%', subject: '进出口总值', unit: '%', expected: 'foreign_trade' },
  { file: report('吉林省'), fragment: '接待游客人次、出游总花费分别增长20.7%', subject: '接待游客人次', unit: '%', expected: 'tourist_visits' },
  { file: report('新疆维吾尔自治区'), fragment: '年接待游客由1.58亿人次增加到3.23亿人次', subject: '年接待游客', unit: '亿人次', expected: 'tourist_visits' },
  { file: report('湖南省'), fragment: '地方一般公共预算收入达3507.6亿元', subject: '地方一般公共预算收入', unit: '亿元', expected: 'general_budget_revenue' },
  { file: report('宁夏回族自治区'), fragment: '全社会研发经费投入预计年均增长11%以上', subject: '全社会研发经费投入', unit: '%', expected: 'rd_expenditure' },
  { file: report('广东省'), fragment: '研发投入强度达3.6%', subject: '研发投入强度', unit: '%', expected: 'rd_intensity' },
  { file: report('黑龙江省'), fragment: '全体居民人均可支配收入增长5.1%', subject: '全体居民人均可支配收入', unit: '%', expected: 'disposable_income' },
  { file: report('广西壮族自治区'), fragment: '农村居民收入增长6.3%', subject: '农村居民收入', unit: '%', expected: 'rural_disposable_income' },
  { file: report('广东省'), fragment: '社会消费品零售总额实现4.6万亿元', subject: '社会消费品零售总额实现', unit: '万亿元', expected: 'retail_sales' },
  { file: report('云南省'), fragment: '完成营造林2027万亩', subject: '完成营造林', unit: '万亩', expected: 'afforestation' },
  // a quoted programme name before a known head is looked past
  { file: report('浙江省'), fragment: '“千项万亿”重大项目完成投资1.5万亿元', subject: '“千项万亿”重大项目完成投资', unit: '万亿元', expected: 'key_project_investment' },
  { file: report('湖南省'), fragment: '“金芙蓉”省级政府投资基金规模突破500亿元', subject: '“金芙蓉”省级政府投资基金规模', unit: '亿元', expected: 'government_fund_size' },
  // output is a series of its own, not the value added of pharmaceutical_value_added
  { file: report('甘肃省'), fragment: '生物医药产业产值分别增长195.6%、83.5%', subject: '生物医药产业产值', unit: '%', expected: 'biomedicine_output' },
  // real growth is a series of its own, kept apart from the nominal growth of disposable_income
  { file: report('北京市'), fragment: '居民人均可支配收入实际增长4.4%', subject: '居民人均可支配收入实际', unit: '%', expected: 'disposable_income_real' },
  { file: report('广西壮族自治区'), fragment: '居民人均可支配收入实际增长5.4%', subject: '居民人均可支配收入实际', unit: '%', expected: 'disposable_income_real' },
  // funds and relief that several reports total up
  { file: report('湖南省'), fragment: '发放以旧换新补贴121.9亿元', subject: '发放以旧换新补贴', unit: '亿元', expected: 'trade_in_subsidy_funds' },
  { file: report('新疆维吾尔自治区'), fragment: '落实消费品以旧换新补贴资金34.38亿元', subject: '落实消费品以旧换新补贴资金', unit: '亿元', expected: 'trade_in_subsidy_funds' },
  { file: report('湖南省'), fragment: '发放育儿补贴49亿元', subject: '发放育儿补贴', unit: '亿元', expected: 'childcare_subsidy_funds' },
  { file: report('浙江省'), fragment: '中央及省级育儿补贴资金26.4亿元', subject: '中央及省级育儿补贴资金', unit: '亿元', expected: 'childcare_subsidy_funds' },
  { file: report('广西壮族自治区'), fragment: '发放困难群众救助补助资金127.8亿元', subject: '发放困难群众救助补助资金', unit: '亿元', expected: 'social_assistance_funds' },
  { file: report('青海省'), fragment: '社会救助补助资金30亿元', subject: '社会救助补助资金', unit: '亿元', expected: 'social_assistance_funds' },
  { file: report('安徽省'), fragment: '支持科技创新等重点领域减税降费及退税超1000亿元', subject: '支持科技创新等重点领域减税降费及退税', unit: '亿元', expected: 'tech_manufacturing_tax_relief' },
  { file: report('广西壮族自治区'), fragment: '支持科技创新和制造业发展的减税降费及退税超300亿元', subject: '支持科技创新和制造业发展的减税降费及退税', unit: '亿元', expected: 'tech_manufacturing_tax_relief' },
  { file: report('浙江省'), fragment: '全年为企业减负超3300亿元', subject: '企业减负', unit: '亿元', expected: 'enterprise_cost_reduction' },
  { file: report('宁夏回族自治区'), fragment: '降低各类实体经济成本200多亿元', subject: '降低各类实体经济成本', unit: '亿元', expected: 'enterprise_cost_reduction' },
  { file: report('甘肃省'), fragment: '为5.01万名农民工追回欠薪6.83亿元', subject: '农民工追回欠薪', unit: '亿元', expected: 'wage_arrears_recovered' },
  { file: report('青海省'), fragment: '为2.15万名劳动者追回工资2.65亿元', subject: '劳动者追回工资', unit: '亿元', expected: 'wage_arrears_recovered' },
  { file: 'chongqing-2023-h1-plan-execution-report.txt', fragment: '收获产量1222.2万吨', subject: '收获产量', unit: '万吨', expected: null },
  // the whole named after the examples that open the subject (…等地下管网)
  { file: report('广西壮族自治区'), fragment: '建设或改造燃气、供排水等地下管网2771公里', subject: '供排水等地下管网', unit: '公里', expected: 'underground_pipeline_renewal' },
  { file: report('广东省'), fragment: '新建改造生活污水等地下管网管廊9.9万公里', subject: '新建改造生活污水等地下管网管廊', unit: '万公里', expected: 'underground_pipeline_renewal' },
  { file: report('福建省'), fragment: '发放低保、特困等救助资金61.7亿元', subject: '特困等救助资金', unit: '亿元', expected: 'social_assistance_funds' },
  { file: 'chongqing-2023-h1-plan-execution-report.txt', fragment: '地区生产总值同比增长4.6%', subject: '地区生产总值', unit: '%', expected: 'gdp' },
  // variants of the same statistic as other reports write it
  { file: report('陕西省'), fragment: '对中亚五国、东盟进出口分别增长37.2％、19％', subject: '东盟进出口', unit: '％', expected: 'asean_trade' },
  { file: report('黑龙江省'), fragment: '规上装备工业增加值增长8.4%', subject: '规上装备工业增加值', unit: '%', expected: 'equipment_manufacturing_value_added' },
  { file: report('海南省'), fragment: '数字经济核心产业年营收突破2600亿元', subject: '数字经济核心产业年营收', unit: '亿元', expected: 'digital_economy_core_revenue' },
  // 翻番 (doubled) qualifies the level that follows, like 突破 or 达到
  { file: report('内蒙古自治区'), fragment: '进出口总值翻番达到2206亿元', subject: '进出口总值翻番', unit: '亿元', expected: 'foreign_trade' },
];

const nonMatches: Row[] = [
  // a narrower area than the report's is another series
  { file: report('新疆维吾尔自治区'), fragment: '南疆五地州地区生产总值年均增长6%', subject: '南疆五地州地区生产总值', unit: '%', expected: null },
  { file: report('湖北省'), fragment: '武汉都市圈经济总量达到3.8万亿元', subject: '武汉都市圈经济总量', unit: '万亿元', expected: null },
  { file: report('广东省'), fragment: '大湾区经济总量突破15万亿元', subject: '大湾区经济总量', unit: '万亿元', expected: null },
  { file: report('浙江省'), fragment: '宁波舟山港集装箱吞吐量4387万标箱', subject: '宁波舟山港集装箱吞吐量', unit: '万标箱', expected: null },
  // the province's short name is stripped, but what is left names a flow to two other provinces
  { file: report('北京市'), fragment: '北京输出到津冀技术合同成交额996亿元', subject: '北京输出到津冀技术合同成交额', unit: '亿元', expected: null },
  // a bare 死亡人数 says not whose deaths
  { file: report('浙江省'), fragment: '道路交通事故起数和死亡人数分别下降1.8%、31.3%', subject: '死亡人数', unit: '%', expected: null },
  // two series written as one
  { file: report('西藏自治区'), fragment: '城乡居民人均可支配收入从2021年的46503元和16935元分别提高到', subject: '城乡居民人均可支配收入', unit: '元', expected: null },
  // a unit outside the family: the value belongs to something else in the sentence
  { file: report('内蒙古自治区'), fragment: '“小巨人”企业45家，2人当选中国工程院院士', subject: '“小巨人”企业', unit: '人', expected: null },
  { file: report('天津市'), fragment: '优良天数比例达到77%、增加13天', subject: '优良天数比例', unit: '天', expected: null },
  { file: report('黑龙江省'), fragment: '粮食总产量1640.06亿斤，城镇新增就业35.8万人', subject: '粮食总产量', unit: '万人', expected: null },
  // no indicator: a bare noun, one power plant
  { file: report('吉林省'), fragment: '产值突破1300亿元', subject: '产值', unit: '亿元', expected: null },
  { file: report('湖南省'), fragment: '益阳电厂三期建成投产、总装机达386万千瓦', subject: '总装机', unit: '万千瓦', expected: null },
  // one project list, one event, one flow of one programme: no statistic to compare across provinces
  { file: report('湖南省'), fragment: '“四个十大”项目完成投资超2100亿元', subject: '“四个十大”项目完成投资', unit: '亿元', expected: null },
  { file: report('湖南省'), fragment: '旅发大会带动游客人数和总花费分别增长10.6%、9%', subject: '旅发大会带动游客人数', unit: '%', expected: null },
  // a bare 总花费 is whatever the sentence spends on: here the visitors one event brought, not the province's tourism
  { file: report('湖南省'), fragment: '旅发大会带动游客人数和总花费分别增长10.6%、9%', subject: '总花费', unit: '%', expected: null },
  { file: report('甘肃省'), fragment: '签约省外项目到位资金年均增长26.4%', subject: '签约省外项目到位资金', unit: '%', expected: null },
  // a part, a sum over five years, a flow of a stock indicator, output rather than value added: other series
  { file: report('辽宁省'), fragment: '限上单位网上零售额增长18.1%', subject: '限上单位网上零售额', unit: '%', expected: null },
  { file: report('陕西省'), fragment: '通过公共网络实现零售额增长22.9％', subject: '通过公共网络实现零售额', unit: '％', expected: null },
  { file: report('安徽省'), fragment: '规上数字经济核心产业企业营收超1.4万亿元', subject: '规上数字经济核心产业企业营收', unit: '万亿元', expected: null },
  { file: report('浙江省'), fragment: '五年累计使用外资846亿美元', subject: '五年累计使用外资', unit: '亿美元', expected: null },
  { file: report('浙江省'), fragment: '制造业中长期贷款新增1124亿元', subject: '制造业中长期贷款新增', unit: '亿元', expected: null },
  // the whole after 等 is no indicator: bulk commodities are not all imports, 管网 and 资金 name nothing
  { file: report('山东省'), fragment: '原油等大宗商品进口增长5.8%', subject: '原油等大宗商品进口', unit: '%', expected: null },
  { file: report('黑龙江省'), fragment: '改造水热气等管网3656公里', subject: '改造水热气等管网', unit: '公里', expected: null },
  { file: report('湖南省'), fragment: '超长期特别国债、专项债、中央预算内等资金2118亿元', subject: '中央预算内等资金', unit: '亿元', expected: null },
  // ambiguous: 财政总收入 or 一般公共预算收入
  { file: report('吉林省'), fragment: '财政收入达到1350亿元', subject: '财政收入', unit: '亿元', expected: null },
  // subjects cut short (对东盟、欧盟进出口分别…; 殡葬基本服务费由平均2900元下降到…, as the extractor once read it) name nothing whole
  { file: report('湖北省'), fragment: '对东盟、欧盟进出口分别增长16.7%、40.2%', subject: '对东盟', unit: '%', expected: null },
  { file: report('宁夏回族自治区'), fragment: '殡葬基本服务费由平均2900元', subject: '殡葬基本服务费由平', unit: '元', expected: null },
];

const texts = new Map<string, string>();
const text = (file: string): string => {
  if (!texts.has(file)) texts.set(file, fs.readFileSync(path.join(REPORTS, file), 'utf8'));
  return texts.get(file)!;
};

describe('matchIndicator', () => {
  it.each([...matches, ...nonMatches])('quotes $file verbatim: $fragment', ({ file, fragment, subject, unit }) => {
    expect(text(file)).toContain(fragment);
    expect(fragment.replace(/％/g, '%')).toContain(subject);
    expect(fragment).toContain(unit);
  });

  it.each(matches)('maps $subject ($unit) to $expected', ({ subject, unit, expected }) => {
    expect(matchIndicator(subject, unit, catalogue)).toBe(expected);
  });

  it.each(nonMatches)('leaves $subject ($unit) unmapped', ({ subject, unit }) => {
    expect(matchIndicator(subject, unit, catalogue)).toBeNull();
  });

  // subjects the extractor shares out over a list: the fragment holds the items, not the subject as one string
  const shared: Row[] = [
    // a city's airports are the province's
    { file: report('上海市'), fragment: '上海机场航空旅客和货邮吞吐量分别达到1.35亿人次', subject: '上海机场航空旅客吞吐量', unit: '%', expected: 'airport_passengers' },
    // the sides of a 城乡 subject with two values (rules/metric/urbanRural.ts)
    { file: report('内蒙古自治区'), fragment: '城乡低保标准提高到每月815元和615元', subject: '城镇低保标准提高到每月', unit: '元', expected: 'urban_dibao_standard' },
    { file: report('内蒙古自治区'), fragment: '城乡低保标准提高到每月815元和615元', subject: '农村低保标准提高到每月', unit: '元', expected: 'rural_dibao_standard' },
    { file: report('辽宁省'), fragment: '城乡居民低保月均标准分别提高到798元和676元', subject: '农村居民低保月均标准', unit: '元', expected: 'rural_dibao_standard' },
    { file: report('陕西省'), fragment: '城乡居民人均收入年均增长5.3％、7.7％', subject: '城镇居民人均收入', unit: '%', expected: 'urban_disposable_income' },
    { file: report('陕西省'), fragment: '城乡居民人均收入年均增长5.3％、7.7％', subject: '农村居民人均收入', unit: '%', expected: 'rural_disposable_income' },
    // a sibling head takes the qualifier of the item before it (metric-sibling-heads.txt)
    { file: 'chongqing-2023-h1-plan-execution-report.txt', fragment: '蔬菜播种面积628.6万亩,收获产量1222.2万吨', subject: '蔬菜收获产量', unit: '万吨', expected: 'vegetable_output' },
    { file: report('浙江省'), fragment: '粮食播种面积1584.6万亩、总产量132.4亿斤', subject: '粮食总产量', unit: '亿斤', expected: 'grain_output' },
    { file: report('云南省'), fragment: '粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨', subject: '粮食年度产量', unit: '万吨', expected: 'grain_output' },
    // deaths of fatal accidents are all production-safety deaths; a count of fatal accidents is not all accidents
    { file: report('北京市'), fragment: '全市生产安全死亡事故起数和死亡人数分别下降3.6%和1.3%', subject: '生产安全死亡事故死亡人数', unit: '%', expected: 'production_safety_deaths' },
    { file: report('北京市'), fragment: '全市生产安全死亡事故起数和死亡人数分别下降3.6%和1.3%', subject: '生产安全死亡事故起数', unit: '%', expected: null },
  ];
  it.each(shared)('maps the shared-out subject $subject ($unit) to $expected', ({ file, fragment, subject, unit, expected }) => {
    expect(text(file)).toContain(fragment);
    expect(matchIndicator(subject, unit, catalogue)).toBe(expected);
  });

  it('skips the unit check when no unit is given', () => {
    expect(matchIndicator('粮食总产量', null, catalogue)).toBe('grain_output');
  });

  it('maps a subject the extractor shares out over a list (湖南省: 新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%)', () => {
    expect(text(report('湖南省'))).toContain('新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%');
    expect(matchIndicator('新能源产值', '%', catalogue)).toBe('new_energy_industry_output');
  });

  it('takes full-width forms and whitespace as written (陕西省: 生产总值增长5％左右)', () => {
    expect(matchIndicator(' 生产总值 ', '％', catalogue)).toBe('gdp');
  });
});
