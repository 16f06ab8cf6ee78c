import { extractCandidates } from '../../../../src/ingest/extract';
import type { ReportMeta } from '../../../../src/ingest/records/types';
import { TitleAliasRefiner } from '../../../../src/ingest/rules/report/TitleAliasRefiner';

// A report step: each fragment is a whole report (every rule and refiner of the registry), its lines its passages.
// A row pins the mentions the step adds — [text, name, offset]. Fragments are real lines of the 2026 provincial
// reports, cut where shown.
type Added = [text: string, name: string, start: number];

const added = (text: string, meta: Partial<ReportMeta>): Added[] =>
  extractCandidates(text, { id: 'test', ...meta }, { reportRefiners: [TitleAliasRefiner] })
    .results.flatMap((r) => r.entities)
    .filter((c) => c.rule === 'policy.titleAlias')
    .map((c): Added => [c.text, c.name, c.start]);

const OUTLINE = '北京市国民经济和社会发展第十五个五年规划纲要(草案)';

describe('TitleAliasRefiner', () => {
  it('reads a back-reference as the one full title of its kind the report gives (北京 2026)', () => {
    const text = '我们编制了《北京市国民经济和社会发展第十五个五年规划纲要（草案）》（以下简称《纲要草案》），全文提交大会审查。\n《纲要草案》具体部署了13项任务举措。';
    expect(added(text, { region: '北京市' })).toEqual([
      ['《纲要草案》', OUTLINE, 38],
      ['《纲要草案》', OUTLINE, 56],
    ]);
  });

  it('reads 《建议》 as the Party committee’s proposals the report names in full (新疆 2026)', () => {
    const text = '《中共新疆维吾尔自治区委员会关于制定自治区国民经济和社会发展第十五个五年规划的建议》（以下简称《建议》），自治区人民政府编制了规划纲要。';
    expect(added(text, { region: '新疆维吾尔自治区' })).toEqual([['《建议》', '中共新疆维吾尔自治区委员会关于制定自治区国民经济和社会发展第十五个五年规划的建议', 47]]);
  });

  it('leaves a back-reference alone when the report gives no full title of its kind (河北 2026)', () => {
    const text = '根据中共河北省委“十五五”规划《建议》，编制了《河北省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审查。';
    expect(added(text, { region: '河北省' })).toEqual([]);
  });

  it('reads the outline named by its era as the report\'s one outline title, draft marker or not (吉林 2026)', () => {
    const text = '编制了《吉林省国民经济和社会发展第十五个五年规划纲要（草案）》，提交大会审查。\n“十五五”规划纲要，凝聚着各方面的智慧，承载着全省人民的向往和期盼。';
    const outlines = extractCandidates(text, { id: 'test', region: '吉林省' }, { reportRefiners: [TitleAliasRefiner] })
      .results.flatMap((r) => r.entities)
      .filter((c) => c.kind === 'policy')
      .map((c) => [c.rule, c.text, c.name]);
    expect(outlines).toEqual([
      ['policy.title', '《吉林省国民经济和社会发展第十五个五年规划纲要（草案）》', '吉林省国民经济和社会发展第十五个五年规划纲要(草案)'],
      ['policy.eraPlan', '“十五五”规划纲要', '吉林省国民经济和社会发展第十五个五年规划纲要(草案)'],
    ]);
  });

  it('reads the outline named by its era as the back-reference when the report gives it in no 《》 (广西 2026)', () => {
    const text = '我们编制了“十五五”规划纲要（草案），提交大会审查。\n《纲要》贯彻落实自治区党委《建议》明确的主要目标，细化提出25项主要指标。';
    expect(added(text, { region: '广西壮族自治区' })).toEqual([['《纲要》', '广西壮族自治区国民经济和社会发展第十五个五年规划纲要(草案)', 27]]);
  });

  it('leaves it alone when two full titles of its kind could be meant', () => {
    // 北京 2026 and 天津 2026: two outlines in one text, so 《纲要草案》 names neither
    const text = '编制了《北京市国民经济和社会发展第十五个五年规划纲要（草案）》。\n编制了《天津市国民经济和社会发展第十五个五年规划纲要（草案）》。\n《纲要草案》具体部署了13项任务举措。';
    expect(added(text, {})).toEqual([]);
  });
});
