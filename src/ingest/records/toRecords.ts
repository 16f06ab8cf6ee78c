import { createHash } from 'node:crypto';
import type { Lexicon } from '../lexicon/Lexicon';
import { RegionIndex } from '../lexicon/RegionIndex';
import type { Candidate, CandidateKind, RelationCandidate } from '../rules/Rule';
import { normalize } from '../text/normalize';
import { NodeLabel, RelType } from './labels';
import { nodeId } from './nodeId';
import { basisConfidence, isDerived, RelationBasis } from './RelationBasis';
import type {
  EdgeRecord,
  NodeRecord,
  PassageRecord,
  Properties,
  PropertyValue,
  Provenance,
  ReportMeta,
  ReportRecords,
  SectionRecord,
} from './types';

const LABEL: Record<CandidateKind, NodeLabel> = {
  policy: NodeLabel.Policy,
  agency: NodeLabel.Agency,
  region: NodeLabel.Region,
  project: NodeLabel.Project,
  metric: NodeLabel.Metric,
};

/** What the engine hands over: the refined entities and relations, each with the passage it came from. */
export interface ExtractedPassage {
  passage: PassageRecord;
  entities: readonly Candidate[];
  relations: readonly RelationCandidate[];
}

export interface ToRecordsInput {
  meta: ReportMeta;
  text: string;
  sections: SectionRecord[];
  passages: PassageRecord[];
  extracted: readonly ExtractedPassage[];
  lexicon: Lexicon;
}

/**
 * Candidates → graph records. One node per entity per report (id from `nodeId`), carrying every mention as a
 * source; one edge per (type, from, to), carrying every piece of evidence. A relation endpoint that is not a
 * mention of its own (a parent region, the report's region) becomes a node with the relation's evidence as its
 * source. The report's own region always has a node, and the report an ABOUT edge to it. Metric nodes get value, unit, kind, subject, period and
 * valueText (the first mention's text unless the rule set one).
 */
export function toRecords(input: ToRecordsInput): ReportRecords {
  const { meta, text } = input;
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  const source = (passageId: string, span: { start: number; end: number }, rule: string, derived = false): Provenance => ({
    reportId: meta.id,
    passageId,
    start: span.start,
    end: span.end,
    rule,
    ...(derived ? { derived: true } : {}),
  });

  const addNode = (c: Candidate, prov: Provenance): string => {
    const id = nodeId(c, meta.id);
    let node = nodes.get(id);
    if (!node) {
      node = { id, label: LABEL[c.kind], name: c.name, properties: {}, sources: [] };
      nodes.set(id, node);
    }
    for (const [k, v] of Object.entries(propertiesOf(c))) if (!(k in node.properties)) node.properties[k] = v;
    addMention(node.sources, prov);
    return id;
  };

  for (const { passage, entities } of input.extracted) {
    for (const c of entities) addNode(c, source(passage.id, c, c.rule));
  }
  for (const { passage, relations } of input.extracted) {
    for (const r of relations) {
      const derived = isDerived(r.fields.basis as string | undefined);
      const from = endpoint(r.from, passage, derived, nodes, meta.id, addNode, source);
      const to = endpoint(r.to, passage, derived, nodes, meta.id, addNode, source);
      const key = `${r.type}|${from}|${to}`;
      let edge = edges.get(key);
      if (!edge) {
        edge = { from, to, type: r.type, properties: clean(r.fields), sources: [] };
        edges.set(key, edge);
      }
      addSource(edge.sources, source(passage.id, r, r.rule, derived));
      settleBasis(edge, r.fields.basis as string | undefined);
    }
  }

  const aboutEdge = reportRegion(input, nodes, source);
  return {
    report: { ...meta, text, chars: text.length, sha256: createHash('sha256').update(text).digest('hex') },
    sections: input.sections,
    passages: input.passages,
    nodes: [...nodes.values()],
    edges: aboutEdge ? [aboutEdge, ...edges.values()] : [...edges.values()],
  };
}

/**
 * An edge found several times keeps its strongest reading: stated if any source is stated (its basis then is that
 * source's), derived only if all are; `confidence` is the best of its bases (RelationBasis.ts).
 */
function settleBasis(edge: EdgeRecord, basis: string | undefined): void {
  const b = basis ?? RelationBasis.CLAUSE;
  const had = edge.properties.basis as string | undefined;
  const confidence = basisConfidence(b);
  const stronger = had === undefined || (isDerived(had) && !isDerived(b)) || (isDerived(had) === isDerived(b) && confidence > (edge.properties.confidence as number));
  if (stronger) edge.properties.basis = b;
  edge.properties.derived = edge.sources.every((s) => s.derived === true);
  edge.properties.confidence = Math.max(confidence, (edge.properties.confidence as number | undefined) ?? 0);
}

function endpoint(
  c: Candidate,
  passage: PassageRecord,
  derived: boolean,
  nodes: Map<string, NodeRecord>,
  reportId: string,
  addNode: (c: Candidate, p: Provenance) => string,
  source: (passageId: string, span: { start: number; end: number }, rule: string, derived?: boolean) => Provenance,
): string {
  const id = nodeId(c, reportId);
  // a stated edge's end is named inside its evidence (浙江 in 美丽浙江): that span is a source of the node, so the
  // edge's quote holds both ends; a node a derived relation brought in (a parent region, a route's city) is no
  // mention, and its source says so
  if (!derived) return addNode(c, source(passage.id, c, c.rule));
  return nodes.has(id) ? id : addNode(c, source(passage.id, c, c.rule, true));
}

/** Ensures the report's region node and returns the Report → Region ABOUT edge (null when the region is unknown). */
function reportRegion(
  input: ToRecordsInput,
  nodes: Map<string, NodeRecord>,
  source: (passageId: string, span: { start: number; end: number }, rule: string, derived?: boolean) => Provenance,
): EdgeRecord | null {
  const { meta, passages, text } = input;
  if (!meta.region || passages.length === 0) return null;
  const id = nodeId({ kind: 'region', name: meta.region, fields: {} }, meta.id);
  const entry = RegionIndex.of(input.lexicon).byName(meta.region);
  const surfaces = entry ? [entry.name, ...entry.shortNames] : [meta.region];
  let prov: Provenance | null = null;
  for (const p of passages) {
    const t = normalize(p.text);
    const hit = surfaces.map((s) => ({ s, i: t.indexOf(normalize(s)) })).filter((h) => h.i >= 0).sort((a, b) => a.i - b.i)[0];
    if (hit) {
      prov = source(p.id, { start: p.start + hit.i, end: p.start + hit.i + hit.s.length }, 'report.region', true);
      break;
    }
  }
  // the region is only in the metadata: the title passage is the evidence that the report is about it
  prov ??= source(passages[0].id, passages[0], 'report.region', true);
  let node = nodes.get(id);
  if (!node) {
    node = {
      id,
      label: NodeLabel.Region,
      name: meta.region,
      properties: entry ? { level: entry.level, parent: entry.parent, code: entry.code } : {},
      sources: [prov],
    };
    nodes.set(id, node);
  }
  // the evidence names the region itself (重庆市, 重庆), not a joint abbreviation it is a member of (成渝)
  const own = new Set(surfaces.map(normalize));
  const evidence = node.sources.find((s) => own.has(normalize(text.slice(s.start, s.end)))) ?? node.sources[0];
  // the report's region comes from its metadata: certain, but no sentence states it
  const about = { basis: RelationBasis.REPORT, derived: true, confidence: 1 };
  return { from: meta.id, to: id, type: RelType.ABOUT, properties: about, sources: [{ ...evidence, derived: true }] };
}

function propertiesOf(c: Candidate): Properties {
  const props = clean(c.fields);
  if (c.kind === 'metric') {
    props.subject ??= c.name;
    props.valueText ??= c.text;
  }
  return props;
}

function clean(fields: Record<string, PropertyValue | undefined>): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * One source per span of a node: a place a relation read inside a name (京津冀 of 京津冀协同发展) that the region
 * rules also kept as a mention is one mention, not two MENTIONED_IN of one span; a stated reading replaces a
 * derived one of the same span.
 */
function addMention(list: Provenance[], p: Provenance): void {
  const i = list.findIndex((s) => s.passageId === p.passageId && s.start === p.start && s.end === p.end);
  if (i < 0) list.push(p);
  else if (list[i].derived && !p.derived) list[i] = p;
}

function addSource(list: Provenance[], p: Provenance): void {
  if (!list.some((s) => s.start === p.start && s.end === p.end && s.rule === p.rule && s.passageId === p.passageId)) list.push(p);
}
