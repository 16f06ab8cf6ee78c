import { RegionIndex, type RegionEntry } from '../../lexicon/RegionIndex';
import { NodeLabel, RelType } from '../../records/labels';
import { nodeId } from '../../records/nodeId';
import { basisConfidence, RelationBasis } from '../../records/RelationBasis';
import type { Provenance } from '../../records/types';
import { recordRule } from '../defineRule';
import { partOfEvidenceRank } from '../relation/PartOfRule';

/**
 * Gives every Region node its gazetteer parent chain. PartOfRule covers regions mentioned on their own; this
 * covers the ones that exist only as a relation endpoint (万州区 from 万州机场T2航站楼, 达州市 from 成达万高铁), so
 * that "projects in 重庆市 and its sub-regions" finds them. The evidence is the child's best source by
 * partOfEvidenceRank (its full name, else a standalone short form, else the first source, the span that implied
 * the child), as PartOfRule chooses. Runs to a fixed point because parents it adds may need parents too.
 */
export const RegionHierarchyRule = recordRule('region.hierarchy', (records, lexicon) => {
  const { text } = records.report;
  const nodes = new Map(records.nodes.map((n) => [n.id, n]));
  const edges = new Map(records.edges.map((e) => [`${e.type}|${e.from}|${e.to}`, e]));
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
        properties: Object.fromEntries(Object.entries({ level: parent.level, parent: parent.parent, code: parent.code }).filter(([, v]) => v !== undefined)),
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
  return { ...records, nodes: [...nodes.values()], edges: [...edges.values()] };
});

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
