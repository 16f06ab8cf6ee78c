import { extractReport } from '../../../../src/ingest/extract';
import type { ReportMeta } from '../../../../src/ingest/records/types';
import { RegionHierarchyRule } from '../../../../src/ingest/rules/report/RegionHierarchyRule';

// A record rule: each fragment is a whole report (extractReport, every rule of the registry), read once with the
// record rules and once without; a row pins the PART_OF edges the rule adds — [child, parent, the text of the
// edge's evidence] — and that they are derived from the gazetteer. Fragments are real text; the seed report is
// seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus seeds/reports (2026 provincial reports).
type Edge = [from: string, to: string, evidence: string];

const partOf = (text: string, meta: Partial<ReportMeta>, withRule: boolean): Edge[] =>
  extractReport(text, meta, withRule ? { recordRules: [RegionHierarchyRule] } : { recordRules: [] })
    .edges.filter((e) => e.type === 'PART_OF')
    .map((e): Edge => [e.from.replace(/^region:/, ''), e.to.replace(/^region:/, ''), text.slice(e.sources[0].start, e.sources[0].end)])
    .sort((a, b) => a.join('|').localeCompare(b.join('|')));

const added = (text: string, meta: Partial<ReportMeta>): Edge[] => {
  const before = new Set(partOf(text, meta, false).map((e) => e.join('|')));
  return partOf(text, meta, true).filter((e) => !before.has(e.join('|')));
};

const sorted = (edges: Edge[]) => [...edges].sort((a, b) => a.join('|').localeCompare(b.join('|')));

const matches: { text: string; meta: Partial<ReportMeta>; expected: Edge[] }[] = [
  // seed line 32: the districts exist only inside the airports' names; 重庆 (新机场) is the city's evidence
  {
    text: '重庆新机场选址获批,黔江机场改扩建完工投用,万州机场T2航站楼完成建设。',
    meta: { region: '重庆市' },
    expected: [
      ['万州区', '重庆市', '万州'],
      ['重庆市', '中华人民共和国', '重庆'],
      ['黔江区', '重庆市', '黔江'],
    ],
  },
  // seed line 57: the places a railway's abbreviated name brings in (成都, 昆明) get their province and country
  {
    text: '加快成渝中线高铁、渝昆高铁建设,推动',
    meta: { region: '重庆市' },
    expected: [
      ['云南省', '中华人民共和国', '渝昆高铁'],
      ['四川省', '中华人民共和国', '成渝中线高铁'],
      ['成都市', '四川省', '成渝中线高铁'],
      ['昆明市', '云南省', '渝昆高铁'],
      ['重庆市', '中华人民共和国', '成渝中线高铁'],
    ],
  },
  // seed line 53: a power link from 哈密 to 重庆: 哈密市 in 新疆, both provinces in the country
  {
    text: '哈密—重庆特高压直流输电通道获国家发展改革委核准。',
    meta: { region: '重庆市' },
    expected: [
      ['哈密市', '新疆维吾尔自治区', '哈密'],
      ['新疆维吾尔自治区', '中华人民共和国', '哈密'],
      ['重庆市', '中华人民共和国', '重庆'],
    ],
  },
];

// Regions mentioned on their own: PartOfRule already links them up the chain, the record rule adds nothing.
const nonMatches: { text: string; meta: Partial<ReportMeta> }[] = [
  // seed line 22
  { text: '黔江区、武隆区“国家生态文明建设示范区”创建成果持续巩固', meta: { region: '重庆市' } },
  // seed line 49
  { text: '南岸区、江北区、沙坪坝区、两江新区入选全国义务教育优质均衡先行创建区。', meta: { region: '重庆市' } },
  // 吉林 2026
  { text: '长春、松原、白城入选国家能源领域首批氢能区域试点', meta: { region: '吉林省' } },
];

describe('RegionHierarchyRule', () => {
  it.each(matches)('adds the parents of the regions in $text', ({ text, meta, expected }) => {
    expect(added(text, meta)).toEqual(sorted(expected));
    const derived = extractReport(text, meta).edges.filter((e) => e.type === 'PART_OF').map((e) => e.properties.basis);
    expect(new Set(derived)).toEqual(new Set(['gazetteer']));
  });
  it.each(nonMatches)('adds nothing to $text', ({ text, meta }) => {
    expect(partOf(text, meta, true).length).toBeGreaterThan(0);
    expect(added(text, meta)).toEqual([]);
  });
});
