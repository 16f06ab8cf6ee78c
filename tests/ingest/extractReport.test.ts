import { extractReport, loadLexicon, NodeLabel, RelType, type ReportRecords } from '../../src/ingest';
import { RegionIndex } from '../../src/ingest/lexicon/RegionIndex';
import { SEED_FILE as FILE, seedMeta, seedText as text } from './seedReport';

const index = RegionIndex.of(loadLexicon());
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

  it('resolves 黔江 to 黔江区 and places the works on 黔江机场 there', () => {
    expect(node('region:黔江区')?.properties).toEqual({ level: 'district', parent: '重庆市', code: '500114' });
    expect(records.nodes.some((n) => n.label === NodeLabel.Region && n.name === '黔江')).toBe(false);
    const airport = records.nodes.find((n) => n.label === NodeLabel.Project && text.slice(n.sources[0].start, n.sources[0].end) === '黔江机场改扩建');
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

  it('links the report to its own region, citing a mention that names it (not the joint 成渝)', () => {
    // the title's 重庆市 is inside the agency 重庆市人民政府 and 重庆英才服务卡 is a policy name, so the first
    // mention of the place itself comes later (line 24: 重庆东站 is a project, 重庆 before 跨境 is the city)
    const about = edge(RelType.ABOUT, records.report.id, 'region:重庆市')!;
    // the report's region comes from its metadata: the edge is derived, and cites a mention of the region as its basis
    const { derived, ...mention } = about.sources[0];
    expect([derived, about.properties]).toEqual([true, { basis: 'report', derived: true, confidence: 1 }]);
    expect(node('region:重庆市')!.sources).toContainEqual(mention);
    expect(['重庆', '重庆市']).toContain(text.slice(mention.start, mention.end));
  });

  it('cites a mention of 重庆 itself as evidence that 重庆市 is part of 中华人民共和国, not the 重庆 of 重庆英才服务卡', () => {
    // the seed names the city in full only inside titles, an agency and an event (举行重庆市…推进会), none of them a
    // mention of the place; the first short form that is one comes first (line 24: 重庆经西部陆海新通道运输货物)
    const e = edge(RelType.PART_OF, 'region:重庆市', 'region:中华人民共和国')!;
    expect(e.sources.map((s) => [text.slice(s.start, s.end), text.slice(s.start - 2, s.end + 2), s.rule])).toEqual([['重庆', '系,重庆经西', 'relation.partOf']]);
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
        // the mention is one of the entry's own names, or a joint abbreviation (川渝) the region is a member of
        const e = index.byName(n.name)!;
        const own = [e.name, ...e.shortNames, ...e.ambiguousShortNames, ...e.formerNames].includes(mention);
        const joint = index.gazetteer.find(mention).some((m) => m.entries.some((x) => x.entry.joint && x.entry.members.includes(n.name)));
        expect({ mention, name: n.name, named: own || joint }).toEqual({ mention, name: n.name, named: true });
      }
    }
  });

  it('gives one node per entity with all its mentions', () => {
    expect(new Set(records.nodes.map((n) => n.id)).size).toBe(records.nodes.length);
    // the other 永川 are inside projects: 永川综合保税区, 永川港桥燃机热电联产, and 永川松溉 (line 53, listed before
    // 等6个新型储能项目)
    expect(node('region:永川区')!.sources.map((s) => text.slice(s.start, s.end))).toEqual(['永川区']);
  });

  it('gives stable ids and records across runs', () => {
    const again = run();
    expect(again.nodes.map((n) => n.id)).toEqual(records.nodes.map((n) => n.id));
    expect(JSON.stringify(again)).toBe(JSON.stringify(records));
  });
});
