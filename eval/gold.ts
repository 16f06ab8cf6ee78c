import fs from 'node:fs';
import path from 'node:path';

/** The five entity types of the annotation guide (graph labels). */
export const ENTITY_TYPES = ['Metric', 'Policy', 'Project', 'Region', 'Agency'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/** Relation types the guide names (the text states them; derived facts are not annotated). */
export const RELATION_TYPES = ['SUPPORTS', 'LOCATED_IN', 'ISSUED_BY', 'APPROVED_BY', 'IMPLEMENTS', 'MEASURES', 'PART_OF'] as const;

export const GOLD_DIR = path.join(__dirname, '..', 'tests', 'fixtures', 'gold');
export const REPORTS_DIR = path.join(__dirname, '..', 'seeds', 'reports');

/** A unit of the draw (eval/drawSample.ts): a seed line or a corpus sentence, with absolute offsets. */
export interface Unit {
  id: string;
  file: string;
  start: number;
  end: number;
  text: string;
  second: boolean;
}

/** One annotated or extracted mention, in absolute report offsets. */
export interface Item {
  unit: string;
  type: EntityType;
  start: number;
  end: number;
  /** canonical names: one for most, several for a joint abbreviation (成渝 → 成都市, 重庆市) */
  names: string[];
  text: string;
  /** Metric fields */
  value?: number;
  valueMax?: number | null;
  unitText?: string;
  kind?: string;
  subject?: string;
  period?: string | null;
  /** the annotator's local id, or the extractor's node id */
  ref: string;
}

export interface RelationItem {
  unit: string;
  type: string;
  from: Item;
  to: Item;
  evidence: string;
}

export interface UnitItems {
  unit: Unit;
  items: Item[];
  relations: RelationItem[];
}

interface RawEntity {
  id: string;
  type: EntityType;
  text: string;
  occ?: number;
  name?: string;
  names?: string[];
  subject?: string;
  value?: number;
  valueMax?: number | null;
  unit?: string;
  kind?: string;
  period?: string | null;
}
interface RawUnit {
  unit: string;
  entities: RawEntity[];
  relations: { type: string; from: string; to: string; evidence: string }[];
}

export function loadUnits(set: 'seed' | 'corpus' | 'heldout' | 'dev2' | 'blind3' | 'blind4' | 'validation' | 'dev3' | 'dev4' | 'dev5' | 'dev6' | 'dev7' | 'dev8' | 'dev9' | 'dev10' | 'dev11' | 'dev12' | 'dev13' | 'dev14' | 'dev15' | 'dev16' | 'dev17' | 'dev18' | 'dev19' | 'dev20' | 'dev21' | 'dev22' | 'dev23' | 'dev24'): Unit[] {
  return JSON.parse(fs.readFileSync(path.join(GOLD_DIR, 'units', `${set}.json`), 'utf8')) as Unit[];
}

/** The n-th (1-based) occurrence of `needle` in `hay`, or -1. */
function nth(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Reads annotator files (tests/fixtures/gold/annotations/A*.json) into items with absolute offsets. Throws on a
 * mention that is not where the annotation says, so a gold set can never drift from its text silently.
 */
export function loadAnnotations(files: readonly string[], units: readonly Unit[]): Map<string, UnitItems> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<string, UnitItems>();
  for (const f of files) {
    const raw = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, 'annotations', f), 'utf8')) as RawUnit[];
    for (const r of raw) {
      const unit = byId.get(r.unit);
      if (!unit) continue; // a unit of the other set (the second annotator covers both)
      const local = new Map<string, Item>();
      const items: Item[] = [];
      for (const e of r.entities) {
        const at = nth(unit.text, e.text, e.occ ?? 1);
        if (at < 0) throw new Error(`${f} ${r.unit} ${e.id}: '${e.text}' (occ ${e.occ ?? 1}) is not in the unit`);
        const item: Item = {
          unit: unit.id,
          type: e.type,
          start: unit.start + at,
          end: unit.start + at + e.text.length,
          names: e.names ?? [e.name ?? e.subject ?? e.text],
          text: e.text,
          ref: e.id,
        };
        if (e.type === 'Metric') Object.assign(item, { value: e.value, valueMax: e.valueMax ?? null, unitText: e.unit, kind: e.kind, subject: e.subject, period: e.period ?? null });
        local.set(e.id, item);
        items.push(item);
      }
      const relations = r.relations
        .filter((x) => local.has(x.from) && local.has(x.to))
        .map((x) => ({ unit: unit.id, type: x.type, from: local.get(x.from)!, to: local.get(x.to)!, evidence: x.evidence }));
      out.set(unit.id, { unit, items, relations });
    }
  }
  return out;
}
