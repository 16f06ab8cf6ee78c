import { PolicyLeadingFieldRule } from '../../../../src/ingest/rules/policy/PolicyLeadingFieldRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 山东 2026: a field the province means to lead in, built
  {"fragment":"（八）奋力推进文化强省建设。深化文化“两创","expected":[{"text":"文化强省建设","start":7,"end":13,"name":"文化强省建设","fields":{"kind":"STRATEGY","noun":"建设"}}]},
  // 河南 2026: each field of a list before one 建设 (制造/v an item after 、)
  {"fragment":"右，农业强省、制造强省、科教强省、数智强省、交通强省、文旅强省建设取得","expected":[{"text":"农业强省","start":2,"end":6,"name":"农业强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"制造强省","start":7,"end":11,"name":"制造强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"科教强省","start":12,"end":16,"name":"科教强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"数智强省","start":17,"end":21,"name":"数智强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"交通强省","start":22,"end":26,"name":"交通强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"文旅强省建设","start":27,"end":33,"name":"文旅强省建设","fields":{"kind":"STRATEGY","noun":"建设"}}]},
  // 山西 2026: two fields joined by 和 (jieba joins 和文)
  {"fragment":"显成效，能源强省和文旅强省建设取得重要","expected":[{"text":"能源强省","start":4,"end":8,"name":"能源强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"文旅强省建设","start":9,"end":15,"name":"文旅强省建设","fields":{"kind":"STRATEGY","noun":"建设"}}]},
  // 浙江 2026: the lead verb (深化/j) is no part of the first field
  {"fragment":"本稳定。深化标准强省、品牌强省、质量强省建设，提升“","expected":[{"text":"标准强省","start":6,"end":10,"name":"标准强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"品牌强省","start":11,"end":15,"name":"品牌强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"质量强省建设","start":16,"end":22,"name":"质量强省建设","fields":{"kind":"STRATEGY","noun":"建设"}}]},
  // 湖南 2026: the list opens with a field jieba tags a verb (制造)
  {"fragment":"量发展实现新突破。加快制造强省、质量强省、网络强省建设，确保制造业增加值","expected":[{"text":"制造强省","start":11,"end":15,"name":"制造强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"质量强省","start":16,"end":20,"name":"质量强省建设","fields":{"kind":"STRATEGY","noun":"建设"}},{"text":"网络强省建设","start":21,"end":27,"name":"网络强省建设","fields":{"kind":"STRATEGY","noun":"建设"}}]},
];

const nonMatches: string[] = [
  // 山东 2026: a verb, not a field
  '好现实，彰显强省建设新的磅礴',
  // 山东 2026: the province's whole aim, not a field
  '创新时代社会主义现代化强省建设新局面，',
  // 甘肃 2026: no field at all
  '位代表！躬逢强国建设的伟大时',
];

describe('PolicyLeadingFieldRule', () => ruleTable(PolicyLeadingFieldRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
