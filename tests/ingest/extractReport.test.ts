import { extractReport, NodeLabel, RelType, type ReportRecords } from '../../src/ingest';
import { SEED_FILE as FILE, seedMeta, seedText as text } from './seedReport';

const run = (): ReportRecords => extractReport(text, { sourceFile: FILE });
const records = run();
const node = (id: string) => records.nodes.find((n) => n.id === id);
const edge = (type: string, from: string, to: string) => records.edges.find((e) => e.type === type && e.from === from && e.to === to);

describe('extractReport on the seed report', () => {
  it('infers the report metadata', () => {
    const { text: _t, sha256, ...meta } = records.report;
    expect(meta).toEqual({ ...seedMeta, sourceFile: FILE, chars: 13360 });
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('splits 2 top sections, 24 (一)-sections and 253 passages', () => {
    expect(records.sections.filter((s) => s.level === 1).map((s) => s.title)).toEqual(['1—6月计划执行情况', '下一步工作打算']);
    expect(records.sections.filter((s) => s.level === 2)).toHaveLength(24);
    expect(records.passages).toHaveLength(253);
  });

  it('finds 渝西地区 as a functional area under 主城都市区, linked up to 重庆市', () => {
    expect(node('region:渝西地区')).toMatchObject({ label: NodeLabel.Region, name: '渝西地区', properties: { level: 'functional_area', parent: '主城都市区' } });
    expect(edge(RelType.PART_OF, 'region:渝西地区', 'region:主城都市区')).toBeDefined();
    expect(edge(RelType.PART_OF, 'region:主城都市区', 'region:重庆市')).toBeDefined();
  });

  it('resolves 黔江 to 黔江区 and places 黔江机场 there', () => {
    expect(node('region:黔江区')?.properties).toEqual({ level: 'district', parent: '重庆市', code: '500114' });
    expect(records.nodes.some((n) => n.label === NodeLabel.Region && n.name === '黔江')).toBe(false);
    const airport = records.nodes.find((n) => n.label === NodeLabel.Project && text.slice(n.sources[0].start, n.sources[0].end) === '黔江机场');
    expect(airport && edge(RelType.LOCATED_IN, airport.id, 'region:黔江区')).toBeDefined();
  });

  it('takes no 渝中区 from 成渝中线: its only source is 渝中区、九龙坡区 (line 48)', () => {
    const sources = node('region:渝中区')!.sources.map((s) => text.slice(s.start, s.end + 5));
    expect(sources).toEqual(['渝中区、九龙坡区']);
  });

  it('finds the regions of the 川渝 platforms and the Sichuan cities of line 60', () => {
    for (const name of ['成渝地区双城经济圈', '川渝高竹新区', '川南渝西融合发展试验区', '万达开川渝统筹发展示范区', '泸州市', '遂宁市', '内江市', '两江新区']) {
      expect(node(`region:${name}`)?.label).toBe(NodeLabel.Region);
    }
    expect(edge(RelType.PART_OF, 'region:泸州市', 'region:四川省')).toBeDefined();
  });

  it('links the report to its own region', () => {
    // the title's 重庆市 is inside the agency 重庆市人民政府, so the first standalone mention is 重庆英才服务卡's (line 20)
    const about = edge(RelType.ABOUT, records.report.id, 'region:重庆市')!;
    expect(about.sources).toEqual([node('region:重庆市')!.sources[0]]);
    expect(about.sources.map((s) => [text.slice(s.start, s.end + 4), s.rule])).toEqual([['重庆英才服务', 'region.gazetteer']]);
  });

  it('cites the full name 重庆市 as evidence that 重庆市 is part of 中华人民共和国, not the 重庆 of 重庆英才服务卡', () => {
    const e = edge(RelType.PART_OF, 'region:重庆市', 'region:中华人民共和国')!;
    expect(e.sources.map((s) => [text.slice(s.start, s.end), s.rule])).toEqual([['重庆市', 'relation.partOf']]);
  });

  it('makes every source point at its mention and into its passage', () => {
    const passages = new Map(records.passages.map((p) => [p.id, p]));
    for (const item of [...records.nodes, ...records.edges]) {
      expect(item.sources.length).toBeGreaterThan(0);
      for (const s of item.sources) {
        const p = passages.get(s.passageId)!;
        expect(s.reportId).toBe(records.report.id);
        expect(s.start >= p.start && s.end <= p.end && s.start < s.end).toBe(true);
      }
    }
    for (const n of records.nodes.filter((n) => n.label === NodeLabel.Region)) {
      for (const s of n.sources.filter((s) => s.rule === 'region.gazetteer')) {
        const mention = text.slice(s.start, s.end);
        expect(n.name.startsWith(mention) || mention === n.name || ['印尼', '川渝万达开地区', '万达开统筹发展示范区', '川南渝西地区', '巴蜀', '中国'].includes(mention)).toBe(true);
      }
    }
  });

  it('gives one node per entity with all its mentions', () => {
    expect(new Set(records.nodes.map((n) => n.id)).size).toBe(records.nodes.length);
    expect(node('region:永川区')!.sources.map((s) => text.slice(s.start, s.end))).toEqual(['永川', '永川', '永川区']);
  });

  it('gives stable ids and records across runs', () => {
    const again = run();
    expect(again.nodes.map((n) => n.id)).toEqual(records.nodes.map((n) => n.id));
    expect(JSON.stringify(again)).toBe(JSON.stringify(records));
  });
});
