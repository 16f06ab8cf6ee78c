/**
 * The shape of a graph given as ReportRecords, measured the same way for the real corpus and for a synthetic one,
 * so the two can be printed side by side and compared in a test: node counts per label, degree distributions per
 * relationship type, name and passage lengths, passages per report, mentions per node, evidence per edge and the
 * metric value/unit/kind mix. Streaming: add() one report at a time (the 1M graph never sits in memory at once).
 */
import type { ReportRecords } from '../../src/ingest';

export interface Stats {
  n: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface Profile {
  reports: number;
  /** distinct entity nodes (Policy, Agency, Region, Project, Metric) */
  entities: number;
  nodesByLabel: Record<string, number>;
  /** nodesByLabel / entities */
  shareByLabel: Record<string, number>;
  passages: number;
  sections: number;
  passagesPerReport: Stats;
  sectionsPerReport: Stats;
  charsPerReport: Stats;
  passageLength: Stats;
  /** distinct entities a report mentions */
  entitiesPerReport: Stats;
  /** mentions (sources) of one node in one report, per label */
  mentionsPerNode: Record<string, Stats>;
  nameLength: Record<string, Stats>;
  /** share of a label's distinct nodes mentioned by more than one report */
  multiReportShare: Record<string, number>;
  /** reports mentioning a node, per label */
  reportsPerNode: Record<string, Stats>;
  /** distinct (from, type, to) per type */
  relationships: Record<string, number>;
  relsPerEntity: Record<string, number>;
  /** evidence spans of one relationship from one report */
  evidencePerEdge: Record<string, Stats>;
  outDegree: Record<string, Stats>;
  inDegree: Record<string, Stats>;
  /** every relationship the store writes, by kind */
  totals: {
    mentionedIn: number;
    hasPassage: number;
    inSection: number;
    hasSection: number;
    about: number;
    entityRelationships: number;
    all: number;
    allPerEntity: number;
    /** mean degree of an entity node over entity relationships and MENTIONED_IN */
    entityDegree: number;
  };
  metricKind: Record<string, number>;
  metricUnit: Record<string, number>;
  metricValuePercent: Stats;
  metricValueOther: Stats;
  /** share of mentions whose text in the report is the node's name (the rest: short forms, derived spans) */
  mentionIsName: number;
}

export function stats(values: number[]): Stats {
  if (values.length === 0) return { n: 0, mean: NaN, p10: NaN, p50: NaN, p90: NaN, p99: NaN, max: NaN };
  const s = Float64Array.from(values).sort();
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  let sum = 0;
  for (const v of s) sum += v;
  return { n: s.length, mean: sum / s.length, p10: at(0.1), p50: at(0.5), p90: at(0.9), p99: at(0.99), max: s[s.length - 1] };
}

const share = (counts: Map<string, number>, total: number): Record<string, number> =>
  Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / total]));

function push(map: Map<string, number[]>, key: string, v: number): void {
  let a = map.get(key);
  if (!a) map.set(key, (a = []));
  a.push(v);
}

export class ProfileBuilder {
  private reports = 0;
  private passages = 0;
  private sections = 0;
  private readonly perReport = { passages: [] as number[], sections: [] as number[], chars: [] as number[], entities: [] as number[] };
  private readonly passageLength: number[] = [];
  private readonly nodes = new Map<string, { label: string; reports: number }>();
  private readonly nameLength = new Map<string, number[]>();
  private readonly mentions = new Map<string, number[]>();
  private readonly edges = new Map<string, number>();
  private readonly evidence = new Map<string, number[]>();
  private readonly metricKind = new Map<string, number>();
  private readonly metricUnit = new Map<string, number>();
  private readonly valuePercent: number[] = [];
  private readonly valueOther: number[] = [];
  private mentionedIn = 0;
  private inSection = 0;
  private about = 0;
  private mentionIsName = 0;
  private mentionTotal = 0;

  add(r: ReportRecords): void {
    this.reports++;
    this.passages += r.passages.length;
    this.sections += r.sections.length;
    this.perReport.passages.push(r.passages.length);
    this.perReport.sections.push(r.sections.length);
    this.perReport.chars.push(r.report.chars);
    this.perReport.entities.push(r.nodes.length);
    for (const p of r.passages) {
      this.passageLength.push(p.text.length);
      if (p.sectionId) this.inSection++;
    }
    for (const n of r.nodes) {
      const known = this.nodes.get(n.id);
      if (known) known.reports++;
      else {
        this.nodes.set(n.id, { label: n.label, reports: 1 });
        push(this.nameLength, n.label, [...n.name].length);
        if (n.label === 'Metric') {
          const kind = String(n.properties.kind);
          const unit = String(n.properties.unit);
          this.metricKind.set(kind, (this.metricKind.get(kind) ?? 0) + 1);
          this.metricUnit.set(unit, (this.metricUnit.get(unit) ?? 0) + 1);
          if (typeof n.properties.value === 'number') (unit === '%' ? this.valuePercent : this.valueOther).push(n.properties.value);
        }
      }
      push(this.mentions, n.label, n.sources.length);
      this.mentionedIn += n.sources.length;
      for (const s of n.sources) {
        if (s.derived) continue;
        this.mentionTotal++;
        if (r.report.text.slice(s.start, s.end) === n.name) this.mentionIsName++;
      }
    }
    for (const e of r.edges) {
      if (e.type === 'ABOUT') {
        this.about++;
        continue;
      }
      const key = `${e.type}\u0001${e.from}\u0001${e.to}`;
      this.edges.set(key, (this.edges.get(key) ?? 0) + 1);
      push(this.evidence, e.type, e.sources.length);
    }
  }

  result(): Profile {
    const byLabel = new Map<string, number>();
    const reportsPer = new Map<string, number[]>();
    for (const n of this.nodes.values()) {
      byLabel.set(n.label, (byLabel.get(n.label) ?? 0) + 1);
      push(reportsPer, n.label, n.reports);
    }
    const entities = this.nodes.size;
    const relationships = new Map<string, number>();
    const out = new Map<string, Map<string, number>>();
    const inn = new Map<string, Map<string, number>>();
    for (const key of this.edges.keys()) {
      const [type, from, to] = key.split('\u0001');
      relationships.set(type, (relationships.get(type) ?? 0) + 1);
      if (!out.has(type)) out.set(type, new Map());
      if (!inn.has(type)) inn.set(type, new Map());
      out.get(type)!.set(from, (out.get(type)!.get(from) ?? 0) + 1);
      inn.get(type)!.set(to, (inn.get(type)!.get(to) ?? 0) + 1);
    }
    const entityRelationships = this.edges.size;
    const hasPassage = this.passages;
    const all = this.mentionedIn + hasPassage + this.inSection + this.sections + this.about + entityRelationships;
    const labels = [...byLabel.keys()].sort();
    const types = [...relationships.keys()].sort();
    const per = <T>(keys: string[], f: (k: string) => T) => Object.fromEntries(keys.map((k) => [k, f(k)]));
    const metrics = byLabel.get('Metric') ?? 0;
    return {
      reports: this.reports,
      entities,
      nodesByLabel: per(labels, (l) => byLabel.get(l)!),
      shareByLabel: per(labels, (l) => byLabel.get(l)! / entities),
      passages: this.passages,
      sections: this.sections,
      passagesPerReport: stats(this.perReport.passages),
      sectionsPerReport: stats(this.perReport.sections),
      charsPerReport: stats(this.perReport.chars),
      passageLength: stats(this.passageLength),
      entitiesPerReport: stats(this.perReport.entities),
      mentionsPerNode: per(labels, (l) => stats(this.mentions.get(l) ?? [])),
      nameLength: per(labels, (l) => stats(this.nameLength.get(l) ?? [])),
      multiReportShare: per(labels, (l) => (reportsPer.get(l) ?? []).filter((x) => x > 1).length / byLabel.get(l)!),
      reportsPerNode: per(labels, (l) => stats(reportsPer.get(l) ?? [])),
      relationships: per(types, (t) => relationships.get(t)!),
      relsPerEntity: per(types, (t) => relationships.get(t)! / entities),
      evidencePerEdge: per(types, (t) => stats(this.evidence.get(t) ?? [])),
      outDegree: per(types, (t) => stats([...out.get(t)!.values()])),
      inDegree: per(types, (t) => stats([...inn.get(t)!.values()])),
      totals: {
        mentionedIn: this.mentionedIn,
        hasPassage,
        inSection: this.inSection,
        hasSection: this.sections,
        about: this.about,
        entityRelationships,
        all,
        allPerEntity: all / entities,
        entityDegree: (2 * entityRelationships + this.mentionedIn) / entities,
      },
      metricKind: share(this.metricKind, metrics),
      metricUnit: share(this.metricUnit, metrics),
      metricValuePercent: stats(this.valuePercent),
      metricValueOther: stats(this.valueOther),
      mentionIsName: this.mentionIsName / Math.max(1, this.mentionTotal),
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

const fmt = (n: number, digits = 2): string => {
  if (!Number.isFinite(n)) return '–';
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(digits);
};
const pct = (n: number | undefined) => (n === undefined ? '–' : `${(100 * n).toFixed(1)}%`);
const q = (s: Stats | undefined) => (s && s.n > 0 ? `${fmt(s.mean, 1)} (${fmt(s.p50)}/${fmt(s.p90)}/${fmt(s.max)})` : '–');
const deg = (s: Stats | undefined) => (s && s.n > 0 ? `${fmt(s.p50)}/${fmt(s.p90)}/${fmt(s.p99)}/${fmt(s.max)}` : '–');

/** The profiles as one table: a row per measure, a column per profile. */
export function printProfiles(columns: { name: string; profile: Profile }[], write: (line: string) => void = console.log): void {
  const ps = columns.map((c) => c.profile);
  const labels = [...new Set(ps.flatMap((p) => Object.keys(p.nodesByLabel)))].sort();
  const types = [...new Set(ps.flatMap((p) => Object.keys(p.relationships)))].sort();
  const units = Object.keys(ps[0].metricUnit).slice(0, 8);
  const kinds = Object.keys(ps[0].metricKind);
  const rows: [string, (p: Profile) => string][] = [
    ['reports', (p) => fmt(p.reports)],
    ['entity nodes', (p) => fmt(p.entities)],
    ...labels.map((l): [string, (p: Profile) => string] => [`  ${l}: nodes (share)`, (p) => `${fmt(p.nodesByLabel[l] ?? 0)} (${pct(p.shareByLabel[l])})`]),
    ['passages / report: mean (p50/p90/max)', (p) => q(p.passagesPerReport)],
    ['sections / report', (p) => q(p.sectionsPerReport)],
    ['characters / report', (p) => q(p.charsPerReport)],
    ['passage length (chars)', (p) => q(p.passageLength)],
    ['entities mentioned / report', (p) => q(p.entitiesPerReport)],
    ...labels.map((l): [string, (p: Profile) => string] => [`  ${l}: mentions / node / report`, (p) => q(p.mentionsPerNode[l])]),
    ...labels.map((l): [string, (p: Profile) => string] => [`  ${l}: name length`, (p) => q(p.nameLength[l])]),
    ...labels.map((l): [string, (p: Profile) => string] => [`  ${l}: in >1 report; reports/node max`, (p) => `${pct(p.multiReportShare[l])}; ${fmt(p.reportsPerNode[l]?.max ?? NaN)}`]),
    ['mention text = node name', (p) => pct(p.mentionIsName)],
    ...types.map((t): [string, (p: Profile) => string] => [`  ${t}: count (per entity)`, (p) => `${fmt(p.relationships[t] ?? 0)} (${fmt(p.relsPerEntity[t] ?? 0, 3)})`]),
    ...types.map((t): [string, (p: Profile) => string] => [`  ${t}: out-degree p50/p90/p99/max`, (p) => deg(p.outDegree[t])]),
    ...types.map((t): [string, (p: Profile) => string] => [`  ${t}: in-degree p50/p90/p99/max`, (p) => deg(p.inDegree[t])]),
    ...types.map((t): [string, (p: Profile) => string] => [`  ${t}: evidence / edge / report`, (p) => q(p.evidencePerEdge[t])]),
    ['MENTIONED_IN', (p) => fmt(p.totals.mentionedIn)],
    ['HAS_PASSAGE / IN_SECTION / HAS_SECTION / ABOUT', (p) => `${p.totals.hasPassage} / ${p.totals.inSection} / ${p.totals.hasSection} / ${p.totals.about}`],
    ['entity relationships', (p) => fmt(p.totals.entityRelationships)],
    ['all relationships (per entity node)', (p) => `${fmt(p.totals.all)} (${fmt(p.totals.allPerEntity)})`],
    ['entity degree (entity rels + mentions)', (p) => fmt(p.totals.entityDegree)],
    ...kinds.map((k): [string, (p: Profile) => string] => [`  metric kind ${k}`, (p) => pct(p.metricKind[k])]),
    ...units.map((u): [string, (p: Profile) => string] => [`  metric unit ${u}`, (p) => pct(p.metricUnit[u])]),
    ['metric value, unit %', (p) => q(p.metricValuePercent)],
    ['metric value, other units', (p) => q(p.metricValueOther)],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const cells = rows.map(([, f]) => ps.map(f));
  const ws = columns.map((c, i) => Math.max(c.name.length, ...cells.map((r) => r[i].length)));
  write([''.padEnd(w0), ...columns.map((c, i) => c.name.padStart(ws[i]))].join('  '));
  rows.forEach(([name], k) => write([name.padEnd(w0), ...cells[k].map((v, i) => v.padStart(ws[i]))].join('  ')));
  write('stats: mean (p50/p90/max); degrees over distinct relationships, per node that has one');
}
