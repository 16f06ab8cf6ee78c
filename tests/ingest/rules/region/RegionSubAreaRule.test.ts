import { RegionSubAreaRule } from '../../../../src/ingest/rules/region/RegionSubAreaRule';
import { expectExtracts, expectNothing } from '../../harness';

// Fragments are real text: the seed report (chongqing-2023-h1-plan-execution-report.txt) and the 2026 corpus.
describe('RegionSubAreaRule', () => {
  it('finds a named part of a county right after it (seed line 22)', () => {
    expectExtracts(RegionSubAreaRule, '创建成果持续巩固,酉阳菖蒲盖片区命名为市级', [
      { text: '菖蒲盖片区', start: 11, name: '菖蒲盖片区', fields: { level: 'functional_area', parent: '酉阳土家族苗族自治县' } },
    ], { meta: { region: '重庆市' } });
  });
  it('finds the parts of the province\'s free-trade zone by their city (辽宁 2026)', () => {
    expectExtracts(RegionSubAreaRule, '深化自贸试验区提升战略，推动大连片区整合提升，支持沈阳片区扩大保税维修业务', [
      { text: '大连片区', start: 14, name: '中国（辽宁）自由贸易试验区大连片区', fields: { level: 'functional_area', parent: '辽宁省' } },
      { text: '沈阳片区', start: 25, name: '中国（辽宁）自由贸易试验区沈阳片区', fields: { level: 'functional_area', parent: '辽宁省' } },
    ], { meta: { region: '辽宁省' } });
  });
  it.each([
    // 辽宁 2026: a city's 片区 in a passage about no free-trade zone
    ['推动大连片区整合提升', '辽宁省'],
    // 江西 2026: the province's share of a national park, no name of its own between
    ['推进武夷山国家公园（江西片区）建设', '江西省'],
    // 湖北 2026: a kind of area after a count, no place
    ['推进100个乡村振兴片区建设', '湖北省'],
  ])('ignores %s', (text, region) => expectNothing(RegionSubAreaRule, text, { meta: { region } }));
});
