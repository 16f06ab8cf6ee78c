import fs from 'node:fs';
import path from 'node:path';
import { extractReport, loadLexicon, NodeLabel, type NodeRecord, type Provenance, type ReportRecords } from '../../src/ingest';
import { RegionIndex } from '../../src/ingest/lexicon/RegionIndex';
import { agencyLexicon, type AgencyEntry } from '../../src/ingest/rules/agency/agencyLexicon';
import { projectLexicon, type ProjectSuffix } from '../../src/ingest/rules/project/projectLexicon';
import { policyLexicon } from '../../src/ingest/rules/policy/policyLexicon';

// What the graph is built from, over the whole bundled dataset: every source of every node and edge either names
// the thing it supports, or says it is derived (and then names what it was derived from).
const DIR = path.join(__dirname, '../../seeds/reports');
const index = JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8')) as { file: string; publish_date: string | null }[];
const lexicon = loadLexicon();
const regions = RegionIndex.of(lexicon);
const agencies = agencyLexicon(lexicon);
const projects = projectLexicon(lexicon);
const policies = policyLexicon(lexicon);
const ownAbbreviations = lexicon.data<{ abbreviations: Record<string, string> }>('region-own-abbreviations').abbreviations;
// one-character city abbreviations that are not first characters (锡 for 无锡市)
const cityAbbreviations = Object.entries(lexicon.data<{ abbreviations: Record<string, string> }>('region-city-abbreviations').abbreviations);
// (a report's footnote marks, ［22］, are no part of what a mention names)
const flat = (s: string) => s.normalize('NFKC').replace(/\[\d{1,3}\]/g, '').replace(/[《》“”"'‘’\s·]/g, '');
/** a project mention with its suffixes folded to their canonical spelling (高速铁路 → 高铁), sections dropped */
const folded = (s: string) =>
  projects.suffixes
    .search(s, { strategy: 'leftmost-longest' })
    .reduceRight((t, m) => t.slice(0, m.start) + (m.data as ProjectSuffix).canonical + t.slice(m.end), s)
    .replace(/(?:[\u4e00-\u9fa5]{1,6}至[\u4e00-\u9fa5]{1,6}段|[\u4e00-\u9fa5]{2,3}段)$/, '');

const reports: ReportRecords[] = index.map((row) =>
  extractReport(fs.readFileSync(path.join(DIR, row.file), 'utf8'), { sourceFile: row.file, publishDate: row.publish_date }),
);

/**
 * Whether the mention `text` names `node` in a report about `region`: its own name or a written form the lexicon
 * knows — a region's short or joint name, the report's own place as the report calls it (我市, 我省), its province's one-character abbreviation or its initial in a run of initials, an agency's alias or local form (市政府 → 重庆市人民政府) or its name with a congress's term (河南省第十四届人民代表大会), a project's
 * suffix spelled out (高速铁路 for 高铁), a list item that shares its head (渝昆 → 渝昆高铁), with the works on it
 * written after it (京哈改扩建 → 京哈高速公路改扩建), a metric's value, a
 * policy's quoted name without the gloss in brackets inside the quote or its short form, a back-reference by the
 * title's last words.
 */
function names(node: NodeRecord, text: string, region: string | null, rule = ''): boolean {
  const t = flat(text);
  const n = flat(node.name);
  if (node.label === NodeLabel.Metric) return typeof node.properties.valueText === 'string' && t.includes(flat(node.properties.valueText));
  if (n.includes(t) || t.includes(n)) return true;
  if (node.label === NodeLabel.Region) {
    // the report's own place in its own voice (成功争取我市纳入…试点: DesignationRule)
    if (node.name === region && /^我[省市区州]$/.test(t)) return true;
    // a province's one-character abbreviation (在晋, 湘企): region-own-abbreviations.json
    if (ownAbbreviations[node.name] === t) return true;
    // a run of one-character city initials (郑开 → 郑州市 and 开封市: RegionJointInitialsRule) holds the city's first
    // character or its abbreviation (锡常泰 → 无锡市), a prefecture (市, 州, 盟, 地区: 兰白定临 → 临夏回族自治州, 赤锡通 → 锡林郭勒盟)
    const own = [node.name[0], ...cityAbbreviations.filter(([, city]) => city === node.name).map(([c]) => c)];
    if (t.length >= 2 && t.length <= 4 && [...t].some((c) => own.includes(c)) && /(市|州|盟|地区)$/.test(node.name)) return true;
    const hits = regions.gazetteer.lookup(text.normalize('NFKC'));
    return hits.some((h) => h.entry.name === node.name || (h.entry.joint && h.entry.members.includes(node.name)));
  }
  if (node.label === NodeLabel.Agency) {
    // a congress with its term (河南省第十四届人民代表大会: AgencyCongressSessionRule) names the body the term left out
    if (rule === 'agency.congressSession') return flat(text.replace(/第?[一二三四五六七八九十]+届/, '')) === n;
    return agencies.names.search(text).some((m) => {
      const e = m.data as AgencyEntry;
      return e.canonical === node.name || (region !== null && e.canonical.replace('{region}', region) === node.name);
    });
  }
  if (node.label === NodeLabel.Project) {
    const f = flat(folded(text));
    const line = /(\d+)号线/.exec(t)?.[1];
    const works = projects.bareWorks.find((w) => t.endsWith(w) && t.length > w.length);
    const worked = works !== undefined && n.startsWith(t.slice(0, -works.length)) && n.endsWith(works);
    return n.includes(f) || n.startsWith(t) || worked || (line !== undefined && n.includes(`${line}号线`));
  }
  // a back-reference the report defines (以下简称《纲要草案》, 《建议》: TitleAliasRefiner) is the last words of the
  // title it stands for, a draft marker aside
  if (rule === 'policy.titleAlias') {
    const bare = n.replace(/[()]/g, '');
    const tail = t.replace(/[()]/g, '');
    return bare.endsWith(tail) || bare.replace(/草案$/, '').endsWith(tail);
  }
  // the outline by its era (“十五五”规划纲要: PolicyEraPlanRule) names the outline of that five-year plan
  const era = /“(十[一二三四五六七八九]?)五”规划纲要/.exec(text);
  if (rule === 'policy.eraPlan' && era) return n.includes(`第${era[1]}个五年规划纲要`);
  // a short form policy-names.txt gives the name (中央生态环保督察 → 中央生态环境保护督察)
  if (policies.gazetteer.canonical.get(text) === node.name) return true;
  // a policy's quoted name with the gloss in brackets inside its quote left out: “113(至少1次政策宣传…)”就业服务
  return n.startsWith(t) || n.startsWith(flat(text.replace(/\([^()“”]*\)”/g, '”')));
}

describe('provenance over the 30 bundled reports', () => {
  const stated: { node: NodeRecord; source: Provenance; text: string; region: string | null }[] = [];
  for (const r of reports) for (const node of r.nodes) for (const source of node.sources) {
    if (!source.derived) stated.push({ node, source, text: r.report.text.slice(source.start, source.end), region: r.report.region });
  }

  it('has stated sources to check (every report contributes)', () => {
    expect(new Set(stated.map((s) => s.source.reportId)).size).toBe(30);
  });

  it('gives every stated node source a text that names its node', () => {
    const wrong = stated.filter((s) => !names(s.node, s.text, s.region, s.source.rule)).map((s) => `${s.node.label} ${s.node.name} ← '${s.text}' (${s.source.rule})`);
    expect(wrong).toEqual([]);
  });

  it('gives every stated edge source a span holding a mention of both ends', () => {
    const wrong: string[] = [];
    for (const r of reports) {
      const byId = new Map(r.nodes.map((n) => [n.id, n]));
      for (const e of r.edges) {
        for (const s of e.sources) {
          if (s.derived) continue;
          const covers = (id: string) =>
            (byId.get(id)?.sources ?? []).some((m) => !m.derived && m.passageId === s.passageId && m.start >= s.start && m.end <= s.end);
          if (!covers(e.from) || !covers(e.to)) wrong.push(`${e.type} ${e.from} → ${e.to} ← '${r.report.text.slice(s.start, s.end)}' (${s.rule})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every node one source per span (a place inside a name that is also a mention is one MENTIONED_IN)', () => {
    const twice: string[] = [];
    for (const r of reports) for (const n of r.nodes) {
      const spans = n.sources.map((s) => `${s.passageId}|${s.start}|${s.end}`);
      if (new Set(spans).size !== spans.length) twice.push(`${n.label} ${n.name}`);
    }
    expect(twice).toEqual([]);
  });

  it('marks an edge derived exactly when all its sources are, and gives every edge a basis and a confidence', () => {
    for (const r of reports) for (const e of r.edges) {
      expect(e.properties.derived).toBe(e.sources.every((s) => s.derived === true));
      expect(typeof e.properties.basis).toBe('string');
      expect(e.properties.confidence).toBeGreaterThan(0);
    }
  });
});
