import { OverlapRefiner } from '../../../src/ingest/refiners/OverlapRefiner';
import { RegionGazetteerRule } from '../../../src/ingest/rules/region/RegionGazetteerRule';
import { AgencyGazetteerRule } from '../../../src/ingest/rules/agency/AgencyGazetteerRule';
import { ProjectListedRule } from '../../../src/ingest/rules/project/ProjectListedRule';
import { PolicyRegionalStrategyRule } from '../../../src/ingest/rules/policy/PolicyRegionalStrategyRule';
import { run, type Mention } from '../harness';

const kinds = (text: string, mentions: Mention[]) =>
  run([RegionGazetteerRule], text, { meta: { region: '重庆市' }, refiners: [OverlapRefiner], mentions })
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
  it('keeps an agency that a listed item also names, beside the project the list makes of it (宁夏 2026)', () => {
    const found = run([ProjectListedRule, AgencyGazetteerRule], '选国家高质量数据集试点。最高法、海关总署等数据中心建成，新华三', { refiners: [OverlapRefiner] })
      .results.flatMap((r) => r.entities)
      .map((c) => `${c.kind}:${c.name}@${c.start}`);
    expect(found.sort()).toEqual(['agency:最高人民法院@12', 'agency:海关总署@16', 'project:最高法数据中心@12', 'project:海关总署数据中心@16']);
  });
});
