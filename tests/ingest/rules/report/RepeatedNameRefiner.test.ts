import { extractCandidates } from '../../../../src/ingest/extract';
import type { ReportMeta } from '../../../../src/ingest/records/types';
import { reportRefiners } from '../../../../src/ingest/rules';
import { RepeatedNameRefiner } from '../../../../src/ingest/rules/report/RepeatedNameRefiner';

// A report step: each fragment is a whole report (every rule and refiner of the registry), its lines its passages.
// A row pins the mentions the step adds — [kind, text, name, offset] — and what stays of the others. Fragments are
// real lines of seeds/reports (the seed report and the 2026 provincial reports), cut where shown.
type Added = [kind: string, text: string, name: string, start: number];

const read = (text: string, meta: Partial<ReportMeta>) =>
  extractCandidates(text, { id: 'test', ...meta }, { reportRefiners: [RepeatedNameRefiner] }).results.flatMap((r) => r.entities);

const added = (text: string, meta: Partial<ReportMeta>): Added[] =>
  read(text, meta)
    .filter((c) => c.rule.endsWith('.repeatedName'))
    .map((c): Added => [c.kind, c.text, c.name, c.start]);

const matches: { text: string; meta: Partial<ReportMeta>; expected: Added[] }[] = [
  // 内蒙古 2026: a reform named after its lead verb once, then before a noun it qualifies (改革质效: its results)
  {
    text: '二要提升国资国企改革质效。进一步深化国资国企改革，明晰不同类型企业功能定位',
    meta: { region: '内蒙古自治区' },
    expected: [['policy', '国资国企改革', '国资国企改革', 4]],
  },
  // 云南 2026: a railway named in a list once, then inside a figure's subject (the figure stays: it measures it)
  {
    text: '中老铁路等25个案例获评全球最佳减贫案例。\n云南企业经中老铁路进出口货值占全线货值的60.8%。',
    meta: { region: '云南省' },
    expected: [['project', '中老铁路', '中老铁路', 27]],
  },
  // seed line 24: the corridor named by 加快建设 in a heading, then after 经 in a figure's clause
  {
    text: '(五)加快建设西部陆海新通道,更好在西部地区带头开放、带动开放。\n重庆经西部陆海新通道运输货物7.8万标箱、同比增长36%。',
    meta: { region: '重庆市' },
    expected: [['project', '西部陆海新通道', '西部陆海新通道', 36]],
  },
  // 天津 2026: a quoted programme again without a verb of its own
  {
    text: '扎实推进高质量发展“十项行动”，全力以赴推动工作落实。\n深化实化“十项行动”和“三新”、“三量”工作。',
    meta: { region: '天津市' },
    expected: [['policy', '“十项行动”', '十项行动', 32]],
  },
];

describe('RepeatedNameRefiner', () => {
  it('is a step of the registry', () => {
    expect(reportRefiners).toContain(RepeatedNameRefiner);
  });

  it.each(matches)('marks $expected.0.1 again', ({ text, meta, expected }) => {
    expect(added(text, meta)).toEqual(expected);
    for (const [, t, , start] of expected) expect(text.slice(start, start + t.length)).toBe(t);
  });

  it('keeps the place a strategy is named by inside its repetition, as its first reading does (河北 2026)', () => {
    const text = '推动京津冀协同发展取得新进展。\n这五年，雄安新区拔节生长，京津冀协同发展成果丰硕。';
    const found = read(text, { region: '河北省' });
    expect(added(text, { region: '河北省' })).toEqual([['policy', '京津冀协同发展', '京津冀协同发展', 29]]);
    expect(found.filter((c) => c.kind === 'region' && c.start === 29).map((c) => c.text)).not.toEqual([]);
  });

  const nonMatches: { why: string; name: string; text: string; meta: Partial<ReportMeta> }[] = [
    // seed line 39: the second 数字重庆建设 is the name of a meeting
    { why: 'inside an event name', name: '数字重庆建设', text: '大力推进数字重庆建设,召开数字重庆建设大会,推进以数字变革为引领的全面深化改革。', meta: { region: '重庆市' } },
    // seed line 23: a meeting's name and a title hold the corridor's name
    {
      why: 'inside a meeting name or a title',
      name: '西部陆海新通道',
      text: '(五)加快建设西部陆海新通道,更好在西部地区带头开放。\n召开建设西部陆海新通道工作推进大会,印发实施《重庆市加快建设西部陆海新通道五年行动方案(2023—2027年)》。',
      meta: { region: '重庆市' },
    },
    // seed line 42: the pilot's “best practice cases”
    {
      why: 'before a quote that goes on with it',
      name: '服务贸易创新发展试点',
      text: '全面深化服务贸易创新发展试点,“科技跨境贷”助力企业境外融资等3个案例入选第三批服务贸易创新发展试点“最佳实践案例”。',
      meta: { region: '重庆市' },
    },
    // 天津 2026: 法治天津建设规划 is a plan the brand only opens
    {
      why: 'opening a document name',
      name: '法治天津',
      text: '法治天津、平安天津加快建设，推动信访工作法治化。\n以更优效能依法行政，落实法治天津建设规划，全面加强政府规章制度建设。',
      meta: { region: '天津市' },
    },
    // 河北 2026: 国资国企 is 国资国企改革 only in its list
    {
      why: 'a list item whose name the list completes',
      name: '国资国企改革',
      text: '深化国资国企、事业单位等改革。\n深化财税、国资国企、农村等重点领域改革。',
      meta: { region: '河北省' },
    },
    // 天津 2026: four characters with no place name a kind
    {
      why: 'four characters of a kind',
      name: '增量政策',
      text: '稳定房地产投资，用好“白名单”制度和增量政策，有序推动“好房子”建设。\n抓住新一轮服务业开放增量政策契机。',
      meta: { region: '天津市' },
    },
  ];

  it.each(nonMatches)('adds nothing $why', ({ text, meta, name }) => {
    // the name is read once, so the step has something to repeat
    expect(read(text, meta).some((c) => c.name === name && (c.kind === 'policy' || c.kind === 'project'))).toBe(true);
    expect(added(text, meta)).toEqual([]);
  });
});
