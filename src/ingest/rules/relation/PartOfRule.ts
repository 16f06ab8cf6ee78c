import { RegionIndex, type RegionEntry } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import { normalize } from '../../text/normalize';
import type { RelationCandidate } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { relationRule } from '../defineRule';

const HAN = /\p{Script=Han}/u;

/**
 * How good `text` (a mention, with the characters just before and after it) is as evidence that `entry` is part of
 * its parent: 0 for the full canonical name (重庆市), 1 for a short form standing on its own between non-Han
 * characters (“重庆”, 重庆、四川), 2 for a short form inside other words (落地重庆, the 重庆 of 重庆英才服务卡), 3 for
 * anything else — a joint name (成渝) or a child's mention standing in for its ancestors (黔江区 for 重庆市 PART_OF
 * 中华人民共和国): they name the place only through another. Lower is better. Shared with toRecords'
 * closeRegionHierarchy so both pick evidence the same way.
 */
export function partOfEvidenceRank(text: string, before: string | undefined, after: string | undefined, entry: RegionEntry): number {
  const t = normalize(text);
  if (t === normalize(entry.name)) return 0;
  if (!entry.shortNames.some((s) => normalize(s) === t)) return 3;
  const standalone = !(before && HAN.test(before)) && !(after && HAN.test(after));
  return standalone ? 1 : 2;
}

/**
 * Links every mentioned region to its containing region from the gazetteer, up the whole chain (黔江区 → 重庆市 →
 * 中华人民共和国; 渝西地区 → 主城都市区 → 重庆市; 川渝高竹新区 → 川渝). The relation is a fact of the gazetteer, not of
 * the sentence, so it is emitted once per report (`once`); of all the report's candidates for one link the engine
 * keeps the one with the lowest `evidenceRank` (partOfEvidenceRank), the first among equals: a mention of the
 * child's full name, else a standalone short form, else the first mention. So 重庆市 PART_OF 中华人民共和国 cites a
 * 重庆市, not the 重庆 of 重庆英才服务卡.
 * Functional-area membership (江津区 in 渝西地区) is many-to-many and period-dependent, so it is not emitted.
 * Example (seed line 30): `黔江区、武隆区“国家生态文明建设示范区”` → 黔江区 PART_OF 重庆市.
 */
export const PartOfRule = relationRule('relation.partOf', (ctx, entities, rule) => {
  const index = RegionIndex.of(ctx.lexicon);
  const out: RelationCandidate[] = [];
  for (const child of entities) {
    if (child.kind !== 'region') continue;
    const entry = index.byName(child.name);
    if (!entry) continue;
    const at = child.start - ctx.passage.start;
    const before = ctx.text[at - 1];
    const after = ctx.text[at + (child.end - child.start)];
    let from = child;
    let fromEntry = entry;
    for (const parent of index.ancestors(entry)) {
      const to = regionEndpoint(parent, child, rule);
      const evidenceRank = partOfEvidenceRank(child.text, before, after, fromEntry);
      out.push({ type: RelType.PART_OF, from, to, rule, start: child.start, end: child.end, evidenceRank, fields: { basis: 'gazetteer' } });
      from = to;
      fromEntry = parent;
    }
  }
  return out;
}, { once: true });
