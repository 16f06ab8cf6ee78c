import { createHash } from 'node:crypto';
import type { Lexicon } from '../lexicon/Lexicon';
import { RegionIndex, type RegionEntry } from '../lexicon/RegionIndex';
import { partOfEvidenceRank } from '../rules/relation/PartOfRule';
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
    addSource(node.sources, prov);
    return id;
  };

  for (const { passage, entities } of input.extracted) {
    for (const c of entities) addNode(c, source(passage.id, c, c.rule));
  }
  for (const { passage, relations } of input.extracted) {
    for (const r of relations) {
      const derived = isDerived(r.fields.basis as string | undefined);
      const from = endpoint(r.from, passage, nodes, meta.id, addNode, source);
      const to = endpoint(r.to, passage, nodes, meta.id, addNode, source);
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
  closeRegionHierarchy(input.lexicon, text, nodes, edges);
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
  nodes: Map<string, NodeRecord>,
  reportId: string,
  addNode: (c: Candidate, p: Provenance) => string,
  source: (passageId: string, span: { start: number; end: number }, rule: string, derived?: boolean) => Provenance,
): string {
  const id = nodeId(c, reportId);
  // a node a relation brought in (a parent region, a route's city) is no mention: its source says it is derived
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

/**
 * Gives every Region node its gazetteer parent chain. PartOfRule covers regions mentioned on their own; this
 * covers the ones that exist only as a relation endpoint (万州区 from 万州机场T2航站楼, 达州市 from 成达万高铁), so
 * that "projects in 重庆市 and its sub-regions" finds them. The evidence is the child's best source by
 * partOfEvidenceRank (its full name, else a standalone short form, else the first source, the span that implied
 * the child), as PartOfRule chooses. Runs to a fixed point because parents it adds may need parents too.
 */
function closeRegionHierarchy(lexicon: Lexicon, text: string, nodes: Map<string, NodeRecord>, edges: Map<string, EdgeRecord>): void {
  const index = RegionIndex.of(lexicon);
  const hasParent = new Set([...edges.values()].filter((e) => e.type === RelType.PART_OF).map((e) => e.from));
  const pending = [...nodes.values()].filter((n) => n.label === NodeLabel.Region && !hasParent.has(n.id));
  while (pending.length > 0) {
    const child = pending.pop()!;
    const entry = index.byName(child.name);
    const parent = entry ? index.ancestors(entry)[0] : undefined;
    if (!entry || !parent || child.sources.length === 0) continue;
    const evidence: Provenance = { ...bestEvidence(child.sources, text, entry), rule: 'relation.partOf', derived: true };
    const parentId = nodeId({ kind: 'region', name: parent.name, fields: {} }, evidence.reportId);
    let parentNode = nodes.get(parentId);
    if (!parentNode) {
      parentNode = {
        id: parentId,
        label: NodeLabel.Region,
        name: parent.name,
        properties: clean({ level: parent.level, parent: parent.parent, code: parent.code }),
        sources: [evidence],
      };
      nodes.set(parentId, parentNode);
    }
    const key = `${RelType.PART_OF}|${child.id}|${parentId}`;
    const gazetteer = { basis: RelationBasis.GAZETTEER, derived: true, confidence: basisConfidence(RelationBasis.GAZETTEER) };
    if (!edges.has(key)) edges.set(key, { from: child.id, to: parentId, type: RelType.PART_OF, properties: gazetteer, sources: [evidence] });
    if (!hasParent.has(parentId)) {
      hasParent.add(child.id);
      pending.push(parentNode);
    }
    hasParent.add(child.id);
  }
}

/** The source with the lowest partOfEvidenceRank, the first among equals (sources are in text order). */
function bestEvidence(sources: readonly Provenance[], text: string, entry: RegionEntry): Provenance {
  let best = sources[0];
  let bestRank = Infinity;
  for (const s of sources) {
    const rank = partOfEvidenceRank(text.slice(s.start, s.end), text[s.start - 1], text[s.end], entry);
    if (rank < bestRank) [best, bestRank] = [s, rank];
  }
  return best;
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

function addSource(list: Provenance[], p: Provenance): void {
  if (!list.some((s) => s.start === p.start && s.end === p.end && s.rule === p.rule && s.passageId === p.passageId)) list.push(p);
}
