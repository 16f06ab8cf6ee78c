import fs from 'node:fs';
import path from 'node:path';
import { extractReport, type ReportRecords } from '../src/ingest';
import { ENTITY_TYPES, REPORTS_DIR, type EntityType, type Item, type RelationItem, type Unit, type UnitItems } from './gold';

const KIND_PREFIX: Record<EntityType, string> = { Metric: 'metric.', Policy: 'policy.', Project: 'project.', Region: 'region.', Agency: 'agency.' };

interface IndexRow { file: string; publish_date: string | null; source_url: string | null }

/** Extracts every report the units point into (once each), as `npm run ingest -- seeds/reports` would. */
export function extractFiles(files: readonly string[]): Map<string, ReportRecords> {
  const index = JSON.parse(fs.readFileSync(path.join(REPORTS_DIR, 'index.json'), 'utf8')) as IndexRow[];
  const meta = new Map(index.map((r) => [r.file, r]));
  const out = new Map<string, ReportRecords>();
  for (const file of new Set(files)) {
    const text = fs.readFileSync(path.join(REPORTS_DIR, file), 'utf8');
    const m = meta.get(file);
    out.set(file, extractReport(text, { sourceFile: file, publishDate: m?.publish_date ?? null, sourceUrl: m?.source_url ?? null }));
  }
  return out;
}

const inside = (u: Unit, s: { start: number; end: number }) => s.start >= u.start && s.end <= u.end;

/**
 * The extractor's output as items per unit: every node source whose rule is of the node's own kind (a mention;
 * endpoints and parents a relation implied are not mentions) and every edge source inside the unit that is not
 * derived (derived edges cite no words of their own and are not annotated).
 */
export function predictedItems(units: readonly Unit[], records: Map<string, ReportRecords>): Map<string, UnitItems> {
  const out = new Map<string, UnitItems>();
  for (const u of units) out.set(u.id, { unit: u, items: [], relations: [] });
  const byFile = new Map<string, Unit[]>();
  for (const u of units) byFile.set(u.file, [...(byFile.get(u.file) ?? []), u]);
  for (const [file, us] of byFile) {
    const r = records.get(file)!;
    const mentionsOf = new Map<string, Item[]>();
    for (const n of r.nodes) {
      const type = n.label as EntityType;
      if (!ENTITY_TYPES.includes(type)) continue;
      for (const s of n.sources) {
        if (s.derived || !s.rule.startsWith(KIND_PREFIX[type])) continue;
        const u = us.find((x) => inside(x, s));
        if (!u) continue;
        const p = n.properties;
        const item: Item = { unit: u.id, type, start: s.start, end: s.end, names: [n.name], text: r.report.text.slice(s.start, s.end), ref: n.id };
        if (type === 'Metric') Object.assign(item, { value: p.value as number, valueMax: (p.valueMax as number | undefined) ?? null, unitText: p.unit as string, kind: p.kind as string, subject: p.subject as string, period: (p.period as string | undefined) ?? null });
        out.get(u.id)!.items.push(item);
        mentionsOf.set(n.id, [...(mentionsOf.get(n.id) ?? []), item]);
      }
    }
    const nodeById = new Map(r.nodes.map((n) => [n.id, n]));
    for (const e of r.edges) {
      if (e.properties.derived === true) continue;
      for (const s of e.sources) {
        if (s.derived) continue;
        const u = us.find((x) => inside(x, s));
        if (!u) continue;
        const end = (id: string): Item | null => {
          const inUnit = (mentionsOf.get(id) ?? []).filter((i) => i.unit === u.id);
          // the mention the evidence cites, else the nearest (哈密—重庆…通道获国家发展改革委核准 cites the second of two)
          const cited = (i: Item) => (i.start >= s.start && i.end <= s.end ? 0 : 1);
          if (inUnit.length) return inUnit.sort((a, b) => cited(a) - cited(b) || Math.abs(a.start - s.start) - Math.abs(b.start - s.start))[0];
          const n = nodeById.get(id);
          if (!n || !ENTITY_TYPES.includes(n.label as EntityType)) return null;
          return { unit: u.id, type: n.label as EntityType, start: s.start, end: s.end, names: [n.name], text: '', ref: n.id };
        };
        const from = end(e.from);
        const to = end(e.to);
        // one edge is one relation of its unit, however many rules' sources stand behind it there
        const rels = out.get(u.id)!.relations;
        if (from && to && !rels.some((x) => x.type === e.type && x.from === from && x.to === to)) rels.push({ unit: u.id, type: e.type, from, to, evidence: r.report.text.slice(s.start, s.end) } satisfies RelationItem);
      }
    }
  }
  return out;
}
