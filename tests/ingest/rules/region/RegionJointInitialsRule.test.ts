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
    // 江苏 2026: a list closed by 等 before the follower; 宁 and 锡 are the usual abbreviations of 南京 and 无锡
    ['推动苏锡常、宁镇扬、锡常泰等融合发展', '江苏省', [
      member('苏锡常', 2, '苏州市'), member('苏锡常', 2, '无锡市'), member('苏锡常', 2, '常州市'),
      member('宁镇扬', 6, '南京市'), member('宁镇扬', 6, '镇江市'), member('宁镇扬', 6, '扬州市'),
      member('锡常泰', 10, '无锡市'), member('锡常泰', 10, '常州市'), member('锡常泰', 10, '泰州市'),
    ]],
    // 湖北 2026: 汉 is 武汉's abbreviation (region-city-abbreviations.json)
    ['，着力构建省会带动、汉襄宜协同、鄂湘赣联动的区', '湖北省', [member('汉襄宜', 10, '武汉市'), member('汉襄宜', 10, '襄阳市'), member('汉襄宜', 10, '宜昌市')]],
    // three or four initials standing as words of their own need no follower: 福建 2026 (a reform pilot), 安徽 2026
    // (跨江一体发展), 甘肃 2026 (four cities, 城市群), 内蒙古 2026 (a cluster)
    ['抓好福厦泉要素市场化配置综合改革试点', '福建省', [member('福厦泉', 2, '福州市'), member('福厦泉', 2, '厦门市'), member('福厦泉', 2, '泉州市')]],
    ['安池铜跨江一体发展', '安徽省', [member('安池铜', 0, '安庆市'), member('安池铜', 0, '池州市'), member('安池铜', 0, '铜陵市')]],
    ['建设兰白定临城市群', '甘肃省', [member('兰白定临', 2, '兰州市'), member('兰白定临', 2, '白银市'), member('兰白定临', 2, '定西市'), member('兰白定临', 2, '临夏回族自治州')]],
    ['赤锡通低空应用集聚区', '内蒙古自治区', [member('赤锡通', 0, '赤峰市'), member('赤锡通', 0, '锡林郭勒盟'), member('赤锡通', 0, '通辽市')]],
  ])('finds %s', (text, region, expected) => expectExtracts(RegionJointInitialsRule, text, expected, { meta: { region } }));
  it.each([
    // 河南 2026 in another province's report: the initials are not that province's cities
    ['出台郑开同城化发展规划', '陕西省'],
    // 甘肃 2026: a common word before 一体化 (乡 and 水 are no initials of 甘肃's cities)
    ['态保护及城乡供水一体化、景', '甘肃省'],
    // 江苏 2026 in another province's report: 锡 abbreviates 无锡 only in 江苏's
    ['推动苏锡常、宁镇扬、锡常泰等融合发展', '浙江省'],
    // 广东 2026 and 陕西 2026: a city's own name, then initials (揭 揭阳, 潮 潮州; 西 西安, 安 安康, 咸 咸阳): a place word
    // inside the run
    ['揭阳潮汕机场成为全省第4个', '广东省'],
    ['西安咸阳国际机场旅客超48', '陕西省'],
    // 广东 2026: a river (珠 珠海, 江 江门, 潮 潮州)
    ['以及珠江潮涌、鳌鱼游弋', '广东省'],
    // 云南 2026: pairs run together (昆玉 and 昆曲), so 玉昆曲 is no run of its own
    ['昆玉昆曲科创协同', '云南省'],
  ])('ignores %s (%s)', (text, region) => expectNothing(RegionJointInitialsRule, text, { meta: { region } }));
});
