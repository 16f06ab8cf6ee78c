/**
 * A synthetic graph with the shape of the real one, at any size: ReportRecords for synthetic reports (text,
 * sections, passages, entity nodes with provenance, relationships with evidence), deterministic from a seed.
 *
 *   npx tsx bench/scale/generate.ts [--sizes 20k,200k,1m] [--seed 1]      # prints the real and synthetic profiles
 *
 * How: every synthetic report is a copy of one real report (a "template", picked at random among the 30 bundled
 * ones) with its entities replaced, so everything that is a property of one report is real by construction:
 * passages and sections with their lengths, entities per label, mentions per entity, relationships per entity
 * and their degree within the report, evidence per relationship, metric values, units, kinds and periods, rules.
 * What is modelled is how reports share entities, per template entity, by how many of the 30 real reports
 * mention it (c):
 *   - c >= GLOBAL_REPORTS (52 nodes: 中华人民共和国, 党中央, 国务院, 全国统一大市场 …): the real node itself, in every
 *     report its template mentions it, as national entities are;
 *   - 2 <= c < GLOBAL_REPORTS: with probability (c-1)/c an entity of the same label that an earlier report made
 *     from such a template, else a new one (so the ratio of distinct entities to mentions per label stays the real
 *     one); picked half the time in proportion to how many reports already mention it (preferential attachment:
 *     popular regions and agencies become hubs), half the time uniformly (as many shared entities as in the real
 *     data);
 *   - c = 1, and every Metric: a new entity of this report.
 * The report's own region (its ABOUT) is always new: a real place name from seeds/lexicon/regions-cn.json, then
 * synthetic town names. New names are Chinese-like and distinct: the template name with the report region's name
 * swapped (上海市人民政府 → 邯郸市人民政府), else random characters drawn from the corpus' own character frequencies
 * with the template name's last two characters kept (…平台, …高铁, …方案), at the template name's length.
 * Mentions of replaced entities are rewritten in the text and every offset (passages, sections, mentions,
 * evidence) is mapped, so `report.text.slice(start, end)` is still the mention. A region keeps one PART_OF
 * parent across reports (the first it was given). Metric subjects that several real reports state (生产总值) are
 * kept; the others get new names.
 *
 * Reports are generated in sequence from one random stream, so the graph of a smaller size is a prefix of the
 * graph of a larger one with the same seed: a node of the 20k graph is in the 1M graph with the same id.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EdgeRecord, NodeRecord, Provenance, ReportRecords } from '../../src/ingest';
import { normalize } from '../../src/ingest/text/normalize';
import { ProfileBuilder, printProfiles } from './profile';
import { corpusFingerprint, loadRealCorpus } from './realCorpus';

/** A template entity mentioned by at least this many of the real reports is national: kept as itself. */
export const GLOBAL_REPORTS = 10;

/** How often a shared entity is picked in proportion to its popularity rather than uniformly. */
export const PREFERENTIAL = 0.5;

export interface GenerateOptions {
  seed: number;
  /** stop after the report that brings the number of distinct entity nodes to at least this */
  entities: number;
}

/** Parses 20k, 200k, 1m, 1500 … */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`bad size ${text} (e.g. 20k, 200k, 1m)`);
  return Math.round(Number(m[1]) * { '': 1, k: 1e3, m: 1e6 }[m[2].toLowerCase() as '' | 'k' | 'm']);
}

export function formatSize(n: number): string {
  return n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}m` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
}

/** mulberry32: small, fast, good enough, and the same sequence on every platform. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) || 1;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

interface GazetteerEntry {
  name: string;
  code: string | null;
}

/** Everything the generator reads from the templates once. */
interface Prepared {
  templates: ReportRecords[];
  /** entity id → how many real reports mention it */
  reportsPerNode: Map<string, number>;
  /** metric subject → how many real reports state it */
  reportsPerSubject: Map<string, number>;
  /** CJK characters of the corpus, as often as they occur (minus function words), for new names */
  chars: string;
  gazetteer: GazetteerEntry[];
}

const FUNCTION_CHARS = new Set('的了和在是与及等为对以把将被从而也并或于其之这那中上下'.split(''));
const TOWN_SUFFIXES = ['镇', '乡', '街道', '新区', '县', '区', '开发区', '园区'];
const REGION_SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|自治州|自治县|省|市|地区|盟|县|区)$/;

function prepare(templates: ReportRecords[]): Prepared {
  const reportsPerNode = new Map<string, number>();
  const reportsPerSubject = new Map<string, number>();
  for (const r of templates) {
    const subjects = new Set<string>();
    for (const n of r.nodes) {
      reportsPerNode.set(n.id, (reportsPerNode.get(n.id) ?? 0) + 1);
      if (n.label === 'Metric') subjects.add(String(n.properties.subject ?? n.name));
    }
    for (const s of subjects) reportsPerSubject.set(s, (reportsPerSubject.get(s) ?? 0) + 1);
  }
  let chars = '';
  for (const r of templates) {
    for (const ch of r.report.text) if (ch >= '\u4e00' && ch <= '\u9fff' && !FUNCTION_CHARS.has(ch)) chars += ch;
  }
  const file = path.resolve(__dirname, '..', '..', 'seeds', 'lexicon', 'regions-cn.json');
  const entries = (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { name: string; code?: string | null }[] }).entries;
  const gazetteer = entries.map((e) => ({ name: e.name, code: e.code ?? null }));
  return { templates, reportsPerNode, reportsPerSubject, chars, gazetteer };
}

/** The id extractReport would give a node of this label and name (records/nodeId.ts). */
function entityId(label: string, name: string): string {
  if (label === 'Policy') return `policy:${normalize(name).replace(/[《》〈〉“”"'\s]/g, '')}`;
  return `${label.toLowerCase()}:${name}`;
}

function metricId(reportId: string, subject: string, p: NodeRecord['properties']): string {
  const key = [subject, p.value, p.unit, p.kind, p.period].map((v) => (v === undefined || v === null ? '' : String(v))).join('|');
  return `metric:${reportId}:${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}

interface PoolEntry {
  name: string;
  properties: NodeRecord['properties'];
}

/**
 * How a replaced entity is written where the template wrote `templateSurface` for `templateName`: a short form that
 * drops the end of the name (上海 for 上海市) drops as many characters of the new name; anything else is the new name.
 */
function surfaceOf(templateName: string, templateSurface: string, name: string): string {
  const cut = templateName.length - templateSurface.length;
  if (cut > 0 && templateName.startsWith(templateSurface) && name.length - cut >= 2) return name.slice(0, name.length - cut);
  return name;
}

/** One replacement of the template text: [start, end) becomes `text`. */
interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Maps template offsets to offsets in the rewritten text (a position inside a replaced span clamps to it). */
class OffsetMap {
  private readonly starts: number[];
  /** delta after each replacement (cumulative) */
  private readonly deltas: number[];
  constructor(private readonly reps: Replacement[]) {
    this.starts = reps.map((r) => r.start);
    let d = 0;
    this.deltas = reps.map((r) => (d += r.text.length - (r.end - r.start)));
  }
  map(o: number, isEnd: boolean): number {
    // the last replacement that starts before o
    let lo = 0;
    let hi = this.reps.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < o) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return o;
    const r = this.reps[k];
    const before = k > 0 ? this.deltas[k - 1] : 0;
    if (o >= r.end) return o + this.deltas[k];
    // inside the replaced span: its start, or its end for an end offset
    return isEnd ? r.start + before + r.text.length : r.start + before;
  }
}

/**
 * The generator. `next()` returns one synthetic report after another from one random stream; `entities` counts
 * the distinct entity nodes written so far.
 */
export class SyntheticCorpus {
  private readonly rng: Rng;
  private readonly prep: Prepared;
  private reportNo = 0;
  /** distinct entity nodes so far */
  entities = 0;
  private readonly usedIds = new Set<string>();
  private readonly usedNames = new Set<string>();
  /** per label: one id per report mentioning it (sampling uniformly = preferential attachment) */
  private readonly occurrences = new Map<string, string[]>();
  private readonly pool = new Map<string, PoolEntry>();
  /** per label: the ids of the pool, once each */
  private readonly shareable = new Map<string, string[]>();
  /** region id → its PART_OF parent id, and region id → name */
  private readonly parentOf = new Map<string, string>();
  private readonly regionName = new Map<string, string>();
  private readonly seenGlobal = new Set<string>();
  private gazetteerAt = 0;
  private readonly gazetteerOrder: GazetteerEntry[];

  constructor(
    templates: ReportRecords[],
    readonly seed: number,
  ) {
    this.rng = new Rng(seed);
    this.prep = prepare(templates);
    // Real place names first, in a seed-dependent order; names the templates' national entities hold are skipped.
    const order = [...this.prep.gazetteer];
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    this.gazetteerOrder = order;
    for (const r of templates) {
      for (const n of r.nodes) {
        if (this.isGlobal(n)) {
          this.usedIds.add(n.id);
          this.usedNames.add(n.name);
        }
      }
    }
  }

  private isGlobal(n: NodeRecord): boolean {
    return n.label !== 'Metric' && (this.prep.reportsPerNode.get(n.id) ?? 0) >= GLOBAL_REPORTS;
  }

  private randomChars(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += this.prep.chars[this.rng.int(this.prep.chars.length)];
    return s;
  }

  /** A name of `label` nobody has, shaped like `template`. */
  private newName(label: string, template: string, home: { from: string[]; to: string[] }): string {
    const free = (name: string) => name.length > 0 && !this.usedNames.has(name) && !this.usedIds.has(entityId(label, name));
    for (let i = 0; i < home.from.length; i++) {
      if (home.from[i].length >= 2 && template.includes(home.from[i])) {
        const swapped = template.split(home.from[i]).join(home.to[i]);
        if (free(swapped)) return swapped;
      }
    }
    const chars = [...template];
    const keep = chars.length >= 4 ? 2 : 1;
    const tail = chars.slice(-keep).join('').replace(/[《》“”"'\s]/g, '');
    let head = Math.max(2, chars.length - keep);
    for (let attempt = 0; ; attempt++) {
      const name = this.randomChars(head) + tail;
      if (free(name)) return name;
      if (attempt % 4 === 3) head++;
    }
  }

  private newRegionName(): { name: string; code: string | null } {
    while (this.gazetteerAt < this.gazetteerOrder.length) {
      const e = this.gazetteerOrder[this.gazetteerAt++];
      if (!this.usedNames.has(e.name) && !this.usedIds.has(entityId('Region', e.name))) return e;
    }
    for (;;) {
      const name = this.randomChars(2) + this.rng.pick(TOWN_SUFFIXES);
      if (!this.usedNames.has(name) && !this.usedIds.has(entityId('Region', name))) return { name, code: null };
    }
  }

  private claim(id: string, name: string): void {
    this.usedIds.add(id);
    this.usedNames.add(name);
    this.entities++;
  }

  /** Makes a new node one that later reports may mention. */
  private share(label: string, id: string, name: string, properties: NodeRecord['properties']): void {
    this.pool.set(id, { name, properties });
    let list = this.shareable.get(label);
    if (!list) this.shareable.set(label, (list = []));
    list.push(id);
    this.occurrence(label, id);
  }

  private occurrence(label: string, id: string): void {
    let list = this.occurrences.get(label);
    if (!list) this.occurrences.set(label, (list = []));
    list.push(id);
  }

  /** One more synthetic report. */
  next(): ReportRecords {
    const rng = this.rng;
    const t = rng.pick(this.prep.templates);
    const no = this.reportNo++;
    const reportId = `synthetic-${String(no).padStart(5, '0')}`;
    const tId = t.report.id;

    // The report's own region: always a new place.
    const tHomeId = t.edges.find((e) => e.type === 'ABOUT')?.to ?? t.nodes.find((n) => n.label === 'Region' && n.name === t.report.region)?.id;
    const tHome = t.nodes.find((n) => n.id === tHomeId);
    const home = this.newRegionName();
    const homeId = entityId('Region', home.name);
    const homeShort = home.name.replace(REGION_SUFFIX, '') || home.name;
    const tHomeShort = tHome ? tHome.name.replace(REGION_SUFFIX, '') : '';
    const swap = { from: tHome ? [tHome.name, tHomeShort] : [], to: [home.name, homeShort] };
    const swapText = (s: string) => (tHome && s ? s.split(tHome.name).join(home.name).split(tHomeShort.length >= 2 ? tHomeShort : '\u0000').join(homeShort) : s);

    // 1. Map every template entity to a synthetic one (injective within the report).
    const map = new Map<string, { id: string; name: string; properties: NodeRecord['properties']; surface: string | null }>();
    const inReport = new Set<string>();
    for (const n of t.nodes) {
      let m: { id: string; name: string; properties: NodeRecord['properties']; surface: string | null };
      if (n.id === tHomeId) {
        this.claim(homeId, home.name);
        this.regionName.set(homeId, home.name);
        m = { id: homeId, name: home.name, properties: { ...n.properties, code: home.code, parent: null }, surface: home.name };
        // Other reports mention it as they mention the template's region (neighbours, partners).
        if ((this.prep.reportsPerNode.get(n.id) ?? 1) >= 2) this.share(n.label, homeId, home.name, m.properties);
      } else if (n.label === 'Metric') {
        const subject = String(n.properties.subject ?? n.name);
        const keep = (this.prep.reportsPerSubject.get(subject) ?? 0) >= 2;
        const newSubject = keep ? subject : this.newName('Metric', subject, swap);
        if (!keep) this.usedNames.add(newSubject);
        const id = metricId(reportId, newSubject, n.properties);
        this.usedIds.add(id);
        this.entities++;
        m = { id, name: newSubject, properties: { ...n.properties, subject: newSubject }, surface: keep ? null : newSubject };
      } else if (this.isGlobal(n)) {
        if (!this.seenGlobal.has(n.id)) {
          this.seenGlobal.add(n.id);
          this.entities++;
        }
        if (n.label === 'Region') this.regionName.set(n.id, n.name);
        m = { id: n.id, name: n.name, properties: n.properties, surface: null };
      } else {
        const c = this.prep.reportsPerNode.get(n.id) ?? 1;
        let reused: string | undefined;
        if (c >= 2 && rng.next() < (c - 1) / c) {
          // Half the time in proportion to the reports that already mention it (hubs), half the time any of them.
          const list = (rng.next() < PREFERENTIAL ? this.occurrences.get(n.label) : this.shareable.get(n.label)) ?? [];
          for (let attempt = 0; attempt < 8 && list.length > 0 && reused === undefined; attempt++) {
            const id = list[rng.int(list.length)];
            if (!inReport.has(id)) reused = id;
          }
        }
        if (reused !== undefined) {
          const p = this.pool.get(reused)!;
          m = { id: reused, name: p.name, properties: p.properties, surface: p.name };
          this.occurrence(n.label, reused);
        } else {
          let name: string;
          let code: string | null = null;
          if (n.label === 'Region') ({ name, code } = this.newRegionName());
          else name = this.newName(n.label, n.name, swap);
          const id = entityId(n.label, name);
          this.claim(id, name);
          const properties: NodeRecord['properties'] = { ...n.properties };
          if (n.label === 'Region') {
            properties.code = code;
            properties.parent = null;
            this.regionName.set(id, name);
          }
          if (typeof properties.title === 'string') properties.title = name;
          m = { id, name, properties, surface: name };
          if (c >= 2) this.share(n.label, id, name, properties);
        }
      }
      map.set(n.id, m);
      inReport.add(m.id);
    }

    // 2. Relationships, with one PART_OF parent per region across reports.
    const edges: { e: EdgeRecord; from: string; to: string }[] = [];
    const extraParents: { id: string; name: string; child: string; source: Provenance }[] = [];
    const seenEdges = new Set<string>();
    const regionIds = new Set(t.nodes.filter((n) => n.label === 'Region').map((n) => n.id));
    for (const e of t.edges) {
      let from = e.type === 'ABOUT' ? reportId : map.get(e.from)?.id;
      let to = map.get(e.to)?.id;
      if (from === undefined || to === undefined) continue;
      if (e.type === 'PART_OF' && regionIds.has(e.from) && regionIds.has(e.to)) {
        const fixed = this.parentOf.get(from);
        if (fixed === undefined) {
          if (this.isAncestor(from, to)) continue;
          this.parentOf.set(from, to);
        } else if (fixed !== to) {
          to = fixed;
          if (!inReport.has(fixed)) {
            inReport.add(fixed);
            extraParents.push({ id: fixed, name: this.regionName.get(fixed) ?? fixed.slice('region:'.length), child: from, source: e.sources[0] });
          }
        }
      }
      const key = `${from}|${e.type}|${to}`;
      if (seenEdges.has(key) || from === to) continue;
      seenEdges.add(key);
      edges.push({ e, from, to });
    }

    // 3. The text: mentions of replaced entities rewritten, every offset mapped.
    const candidates: Replacement[] = [];
    for (const n of t.nodes) {
      const m = map.get(n.id)!;
      if (m.surface === null) continue;
      for (const s of n.sources) {
        if (s.derived) continue;
        if (n.label === 'Metric') {
          const subject = String(n.properties.subject ?? n.name);
          const at = t.report.text.slice(s.start, s.end).indexOf(subject);
          if (at >= 0) candidates.push({ start: s.start + at, end: s.start + at + subject.length, text: m.surface });
        } else {
          candidates.push({ start: s.start, end: s.end, text: surfaceOf(n.name, t.report.text.slice(s.start, s.end), m.surface) });
        }
      }
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const reps: Replacement[] = [];
    let last = -1;
    for (const c of candidates) {
      if (c.start < last || c.end <= c.start) continue;
      reps.push(c);
      last = c.end;
    }
    const parts: string[] = [];
    let at = 0;
    for (const r of reps) {
      parts.push(t.report.text.slice(at, r.start), r.text);
      at = r.end;
    }
    parts.push(t.report.text.slice(at));
    const text = parts.join('');
    const om = new OffsetMap(reps);
    const pid = (id: string) => (id.startsWith(tId) ? reportId + id.slice(tId.length) : id);
    const prov = (s: Provenance): Provenance => ({
      ...s,
      reportId,
      passageId: pid(s.passageId),
      start: om.map(s.start, false),
      end: Math.max(om.map(s.end, true), om.map(s.start, false)),
    });

    const passages = t.passages.map((p) => {
      const start = om.map(p.start, false);
      const end = om.map(p.end, true);
      return { ...p, id: pid(p.id), reportId, sectionId: p.sectionId ? pid(p.sectionId) : null, start, end, text: text.slice(start, end) };
    });
    const sections = t.sections.map((s) => ({
      ...s,
      id: pid(s.id),
      reportId,
      parentId: s.parentId ? pid(s.parentId) : null,
      title: swapText(s.title),
      start: om.map(s.start, false),
      end: om.map(s.end, true),
    }));
    const nodes: NodeRecord[] = t.nodes.map((n) => {
      const m = map.get(n.id)!;
      const properties = n.label === 'Region' && this.parentOf.has(m.id)
        ? { ...m.properties, parent: this.regionName.get(this.parentOf.get(m.id)!) ?? null }
        : m.properties;
      return { id: m.id, label: n.label, name: m.name, properties, sources: n.sources.map(prov) };
    });
    for (const x of extraParents) {
      const p = this.pool.get(x.id);
      nodes.push({
        id: x.id,
        label: 'Region',
        name: x.name,
        properties: p?.properties ?? { level: null, parent: null, code: null },
        sources: x.source ? [{ ...prov(x.source), rule: 'relation.partOf', derived: true }] : [],
      });
    }
    const edgeRecords: EdgeRecord[] = edges.map(({ e, from, to }) => ({ ...e, from, to, sources: e.sources.map(prov) }));
    const title = swapText(t.report.title);
    const report = {
      ...t.report,
      id: reportId,
      title,
      issuer: t.report.issuer ? swapText(t.report.issuer) : null,
      region: home.name,
      sourceFile: null,
      sourceUrl: null,
      text,
      chars: text.length,
      sha256: createHash('sha256').update(text).digest('hex'),
    };
    return { report, sections, passages, nodes, edges: edgeRecords };
  }

  private isAncestor(candidate: string, of: string): boolean {
    for (let x: string | undefined = of, i = 0; x !== undefined && i < 64; x = this.parentOf.get(x), i++) {
      if (x === candidate) return true;
    }
    return false;
  }
}

/**
 * Synthetic reports until at least `entities` distinct entity nodes (about 370 new ones per report), from the
 * real corpus unless templates are given.
 */
export function* generateReports(options: GenerateOptions, templates: ReportRecords[] = loadRealCorpus()): Generator<ReportRecords> {
  const corpus = new SyntheticCorpus(templates, options.seed);
  while (corpus.entities < options.entities) yield corpus.next();
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '20k' }, seed: { type: 'string', default: '1' } } });
  const real = loadRealCorpus();
  const realProfile = new ProfileBuilder();
  for (const r of real) realProfile.add(r);
  const columns = [{ name: 'real (30 reports)', profile: realProfile.result() }];
  for (const size of values.sizes.split(',').map(parseSize)) {
    const started = Date.now();
    const b = new ProfileBuilder();
    for (const r of generateReports({ seed: Number(values.seed), entities: size }, real)) b.add(r);
    columns.push({ name: `synthetic ${formatSize(size)}`, profile: b.result() });
    console.error(`generated ${formatSize(size)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`templates: ${real.length} bundled reports, fingerprint ${corpusFingerprint(real)}; seed ${values.seed}\n`);
  printProfiles(columns);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
