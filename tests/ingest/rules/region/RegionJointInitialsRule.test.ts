import { RegionJointInitialsRule } from '../../../../src/ingest/rules/region/RegionJointInitialsRule';
import { expectExtracts, expectNothing } from '../../harness';

// Fragments are real text of the 2026 provincial reports, run as the report of their own province.
const member = (text: string, start: number, name: string) => ({ text, start, name, fields: { joint: text } });

describe('RegionJointInitialsRule', () => {
  it.each([
    // 河南 2026: a pair before 同城化, and a 、-list of pairs before 协同
    ['出台郑开同城化发展规划', '河南省', [member('郑开', 2, '郑州市'), member('郑开', 2, '开封市')]],
    ['深化郑洛、郑许协同发展', '河南省', [member('郑洛', 2, '郑州市'), member('郑洛', 2, '洛阳市'), member('郑许', 5, '郑州市'), member('郑许', 5, '许昌市')]],
    // 广西 2026: three cities
    ['推进北钦防一体化发展', '广西壮族自治区', [member('北钦防', 2, '北海市'), member('北钦防', 2, '钦州市'), member('北钦防', 2, '防城港市')]],
    // 广东 2026: 中 is 中山, as 深 is 深圳
    ['珠江口为重点，以深中一体化为突破口', '广东省', [member('深中', 8, '深圳市'), member('深中', 8, '中山市')]],
    // 陕西 2026
    ['以西咸一体化为牵引', '陕西省', [member('西咸', 1, '西安市'), member('西咸', 1, '咸阳市')]],
  ])('finds %s', (text, region, expected) => expectExtracts(RegionJointInitialsRule, text, expected, { meta: { region } }));
  it.each([
    // 河南 2026 in another province's report: the initials are not that province's cities
    ['出台郑开同城化发展规划', '陕西省'],
    // 甘肃 2026: a common word before 一体化 (乡 and 水 are no initials of 甘肃's cities)
    ['态保护及城乡供水一体化、景', '甘肃省'],
  ])('ignores %s (%s)', (text, region) => expectNothing(RegionJointInitialsRule, text, { meta: { region } }));
});
