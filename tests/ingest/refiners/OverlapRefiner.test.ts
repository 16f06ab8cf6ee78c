import { OverlapRefiner } from '../../../src/ingest/refiners/OverlapRefiner';
import { RegionGazetteerRule } from '../../../src/ingest/rules/region/RegionGazetteerRule';
import { AgencyGazetteerRule } from '../../../src/ingest/rules/agency/AgencyGazetteerRule';
import { AgencySuffixRule } from '../../../src/ingest/rules/agency/AgencySuffixRule';
import { ProjectListedRule } from '../../../src/ingest/rules/project/ProjectListedRule';
import { PolicyIssuedRule } from '../../../src/ingest/rules/policy/PolicyIssuedRule';
import { RegionJointInitialsRule } from '../../../src/ingest/rules/region/RegionJointInitialsRule';
import { PolicyNamedRule } from '../../../src/ingest/rules/policy/PolicyNamedRule';
import { PolicyTitleRule } from '../../../src/ingest/rules/policy/PolicyTitleRule';
import { RegionNamedAreaRule } from '../../../src/ingest/rules/region/RegionNamedAreaRule';
import { PolicyRegionalStrategyRule } from '../../../src/ingest/rules/policy/PolicyRegionalStrategyRule';
import { PolicyGazetteerRule } from '../../../src/ingest/rules/policy/PolicyGazetteerRule';
import { ProjectRiverWorksRule } from '../../../src/ingest/rules/project/ProjectRiverWorksRule';
import { AgencyStationedRule } from '../../../src/ingest/rules/agency/AgencyStationedRule';
import { RegionOwnAbbreviationRule } from '../../../src/ingest/rules/region/RegionOwnAbbreviationRule';
import { run, type Mention } from '../harness';

const kinds = (text: string, mentions: Mention[], region = '重庆市') =>
  run([RegionGazetteerRule], text, { meta: { region }, refiners: [OverlapRefiner], mentions })
    .results.flatMap((r) => r.entities)
    .map((c) => `${c.kind}:${c.text}@${c.start}`);

describe('OverlapRefiner', () => {
  it('drops a region inside a project name (seed line 30)', () => {
    expect(kinds('万州江南密溪沟污水处理厂开工建设', [{ kind: 'project', text: '万州江南密溪沟污水处理厂' }])).toEqual([
      'project:万州江南密溪沟污水处理厂@0',
    ]);
  });
  it('drops a region and a number inside a policy title (seed line 22)', () => {
    const text = '印发实施《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》';
    expect(
      kinds(text, [
        { kind: 'policy', text: '《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》' },
        { kind: 'metric', text: '2023—2027年' },
      ]),
    ).toEqual(['policy:《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》@4']);
  });
  it('keeps a region inside a metric span: it is what the metric measures (seed line 29)', () => {
    expect(kinds('川渝高竹新区累计入驻企业182户', [{ kind: 'metric', text: '川渝高竹新区累计入驻企业182户' }])).toEqual([
      'region:川渝高竹新区@0',
      'metric:川渝高竹新区累计入驻企业182户@0',
    ]);
  });
  it('keeps the longer of two metrics and breaks equal named spans by policy > project', () => {
    expect(
      kinds('完成投资2411亿元', [
        { kind: 'metric', text: '完成投资2411亿元' },
        { kind: 'metric', text: '2411亿元' },
        { kind: 'project', text: '完成投资' },
        { kind: 'policy', text: '完成投资' },
      ]),
    ).toEqual(['policy:完成投资@0', 'metric:完成投资2411亿元@0']);
  });
  it('keeps the region a strategy is named by, beside the strategy (江苏 2026)', () => {
    const found = run([PolicyRegionalStrategyRule, RegionGazetteerRule], '更好融入和服务长三角一体化发展和长江经济带发展，深化', { refiners: [OverlapRefiner] })
      .results.flatMap((r) => r.entities)
      .map((c) => `${c.kind}:${c.text}@${c.start}`);
    expect(found).toEqual(['region:长三角@7', 'policy:长三角一体化发展@7', 'region:长江经济带@16', 'policy:长江经济带发展@16']);
  });
  it('keeps the quoted initiative a group of places is named after, beside the group (江苏 2026, 河北 2026)', () => {
    const found = (text: string) =>
      run([PolicyGazetteerRule, RegionGazetteerRule], text, { refiners: [OverlapRefiner] }).results.flatMap((r) => r.entities).map((c) => `${c.kind}:${c.text}@${c.start}`);
    expect(found('对共建“一带一路”国家进出口占比首次超50%')).toEqual(['region:共建“一带一路”国家@1', 'policy:“一带一路”@3']);
    expect(found('有力促进共建“一带一路”国家经贸往来')).toEqual(['region:共建“一带一路”国家@4', 'policy:“一带一路”@6']);
    // a name holding a place is still one mention: the policy alone (加快“一带一路”建设 names no group)
    expect(found('推进共建“一带一路”高质量发展')).toEqual(['policy:“一带一路”@4']);
  });
  it('keeps the province a stationed body is addressed by, beside the body (湖南 2026)', () => {
    const found = run([AgencyStationedRule, RegionOwnAbbreviationRule], '向中央驻湘单位，向关心', { meta: { region: '湖南省' }, refiners: [OverlapRefiner] })
      .results.flatMap((r) => r.entities)
      .map((c) => `${c.kind}:${c.name}@${c.start}`);
    expect(found.sort()).toEqual(['agency:中央驻湘单位@1', 'region:湖南省@4']);
  });
  it('keeps an agency that a listed item also names, beside the project the list makes of it (宁夏 2026)', () => {
    const found = run([ProjectListedRule, AgencyGazetteerRule], '选国家高质量数据集试点。最高法、海关总署等数据中心建成，新华三', { refiners: [OverlapRefiner] })
      .results.flatMap((r) => r.entities)
      .map((c) => `${c.kind}:${c.name}@${c.start}`);
    // 新华三 at the end is the company of the next clause (新华三图灵小镇), a mention of its own
    expect(found.sort()).toEqual(['agency:新华三@28', 'agency:最高人民法院@12', 'agency:海关总署@16', 'project:最高法数据中心@12', 'project:海关总署数据中心@16']);
  });
  it('keeps a known firm that opens a listed project name, beside the project (宁夏 and 浙江 2026)', () => {
    const found = (text: string) =>
      run([ProjectListedRule, AgencyGazetteerRule, AgencySuffixRule], text, { refiners: [OverlapRefiner] }).results.flatMap((r) => r.entities).map((c) => `${c.kind}:${c.text}@${c.start}`);
    expect(found('数据中心建成，新华三图灵小镇等一批重点工程开工')).toEqual(['agency:新华三@7', 'project:新华三图灵小镇@7']);
    expect(found('能源动力电池、杭衢高铁、西湖大学三期等项目建成投')).toContain('agency:西湖大学@12');
  });
  // the real policy and area rules beside the gazetteer: which readings of a place inside a policy survive
  const named = (text: string, region: string) =>
    run([PolicyTitleRule, PolicyIssuedRule, PolicyNamedRule, RegionGazetteerRule, RegionNamedAreaRule, RegionJointInitialsRule], text, { meta: { region }, refiners: [OverlapRefiner] })
      .results.flatMap((r) => r.entities)
      .map((c) => `${c.kind}:${c.text}@${c.start}`);
  // a policy name read up to its verb that opens with another place says where it runs: both are mentions
  it.each([
    ['加快郑州国家中心城市建设，做强枢纽开放', '河南省', ['region:郑州@2', 'policy:郑州国家中心城市建设@2']], // 河南 2026
    ['为统领，深入实施京津冀协同发展战略，充分', '北京市', ['region:京津冀@8', 'region:京津冀@8', 'region:京津冀@8', 'policy:京津冀协同发展战略@8']], // 北京 2026
  ])('keeps the place that opens a named policy: %s', (text, region, expected) => {
    expect(named(text, region)).toEqual(expected);
  });
  it('keeps the joint name that opens an issued plan (河南 2026)', () => {
    const found = named('出台郑开同城化发展规划，推进', '河南省');
    expect(found).toEqual(['region:郑开@2', 'region:郑开@2', 'policy:郑开同城化发展规划@2']);
  });
  it.each([
    // seed line 59: the report's own city names its own measures as a title does
    ['落实重庆市减轻企业负担政策措施目录清单', '重庆市', 'region:重庆市@2'],
    // 吉林 2026: the own province opening a system
    ['构建吉林特色现代化产业体系', '吉林省', 'region:吉林@2'],
  ])('drops the own region that opens a named policy: %s', (text, region, unexpected) => {
    expect(named(text, region)).not.toContain(unexpected);
  });
  // building a place is no policy: the place is the mention (江苏 2026, 河南 2026)
  it.each([
    ['向关心和支持江苏现代化建设的香港同胞', '江苏省', ['region:江苏@6', 'region:香港@14']],
    ['加快郑州都市圈建设，出台郑开同城化', '河南省', ['region:郑州都市圈@2']],
  ])('drops a named policy that only builds a place: %s', (text, region, expected) => {
    expect(named(text, region).filter((k) => !k.includes(':郑开'))).toEqual(expected);
  });
  // 上海 2026: the gazetteer's cross-border area beats a designation read from its head on the same span
  it('prefers the listed area to a head-read policy on the same span', () => {
    expect(named('长三角生态绿色一体化发展示范区新推出7项制度创新成果', '上海市')).toEqual(['region:长三角生态绿色一体化发展示范区@0']);
  });
  it('prefers an item of a list of projects to a policy a head (改造) reads on the same span (青海 2026)', () => {
    const text = '推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置系统性优化改造、中国盐湖金属镁一体化技术改造等项目建设';
    const found = run([PolicyNamedRule, ProjectListedRule], text, { refiners: [OverlapRefiner] }).results.flatMap((r) => r.entities);
    expect(found.filter((c) => c.text.endsWith('改造')).map((c) => `${c.kind}:${c.text}`)).toEqual([
      'project:蓝科锂业碳酸锂装置系统性优化改造',
      'project:中国盐湖金属镁一体化技术改造',
    ]);
    // the same items without the list are the head's policies
    expect(run([PolicyNamedRule], text, {}).results.flatMap((r) => r.entities).filter((c) => c.text.endsWith('改造')).map((c) => c.kind)).toEqual(['policy', 'policy']);
  });
  it('prefers works on a named river to a policy the head 工程 reads on the same span (吉林 2026)', () => {
    const text = '东部两江三期工程，全面建成嫩江干流应急治理工程。';
    const kindsOf = (found: { kind: string; text: string }[]) => found.filter((c) => c.text === '嫩江干流应急治理工程').map((c) => c.kind);
    expect(kindsOf(run([PolicyNamedRule, ProjectRiverWorksRule], text, { refiners: [OverlapRefiner] }).results.flatMap((r) => r.entities))).toEqual(['project']);
    expect(kindsOf(run([PolicyNamedRule], text, {}).results.flatMap((r) => r.entities))).toEqual(['policy']);
  });
});
