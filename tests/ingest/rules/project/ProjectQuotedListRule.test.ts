import { ProjectQuotedListRule } from '../../../../src/ingest/rules/project/ProjectQuotedListRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (seed report and 2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // seed line 41: a count and a description between 等 and the kind; each quote is one app
  {"fragment":"深化社会信用体系建设，打造“信易贷”“三农信用”等2个便民惠企应用场景，“信易贷·渝惠融”平台联通全市71家中资商业银行","expected":[{"text":"“信易贷”","start":13,"end":18,"name":"信易贷","fields":{"kind":"PLATFORM","status":null,"statusText":null,"section":null}},{"text":"“三农信用”","start":18,"end":24,"name":"三农信用","fields":{"kind":"PLATFORM","status":null,"statusText":null,"section":null}}]},
  // 上海 2026: innovation spaces; status from the clause
  {"fragment":"推动张江科学城、“大零号湾”功能提升，深化“模速空间”、“模力社区”等创新生态示范区建设。","expected":[{"text":"“模速空间”","start":21,"end":27,"name":"模速空间","fields":{"kind":"ZONE","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}},{"text":"“模力社区”","start":28,"end":34,"name":"模力社区","fields":{"kind":"ZONE","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // 浙江 2026: one quoted app before a count of its kind
  {"fragment":"迭代建设“基层报表数据只报一次”等35个省级重大应用，关闭压缩“僵尸”应用","expected":[{"text":"“基层报表数据只报一次”","start":4,"end":16,"name":"基层报表数据只报一次","fields":{"kind":"PLATFORM","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // 福建 2026: the kind right after 等
  {"fragment":"务体系，深度优化“闽政通”、“闽执法”等平台，扎实抓好“","expected":[{"text":"“闽政通”","start":8,"end":13,"name":"闽政通","fields":{"kind":"PLATFORM","status":null,"statusText":null,"section":null}},{"text":"“闽执法”","start":14,"end":19,"name":"闽执法","fields":{"kind":"PLATFORM","status":null,"statusText":null,"section":null}}]},
];

const nonMatches: string[] = [
  // 福建 2026: the kind after 等 is a campaign, not a platform
  '费有力提振。开展“全闽乐购”等促消费活动近万场，',
  // 黑龙江 2026: a campaign too, counted after its kind
  '推动“购在龙江”等促消费活动2000场以上',
];

describe('ProjectQuotedListRule', () => ruleTable(ProjectQuotedListRule, refinersOf('project'), { matches, nonMatches, verb: 'extracts' }));
