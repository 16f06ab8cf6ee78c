import { RegionIndex } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate, RelationRule } from '../Rule';
import { regionEndpoint } from './regionEndpoint';

/**
 * Links every mentioned region to its containing region from the gazetteer, up the whole chain (黔江区 → 重庆市 →
 * 中华人民共和国; 渝西地区 → 主城都市区 → 重庆市; 川渝高竹新区 → 川渝). The relation is a fact of the gazetteer, not of
 * the sentence, so it is emitted once per report (`once`): its evidence is the child's first mention.
 * Functional-area membership (江津区 in 渝西地区) is many-to-many and period-dependent, so it is not emitted.
 * Example (seed line 30): `黔江区、武隆区“国家生态文明建设示范区”` → 黔江区 PART_OF 重庆市.
 */
export const PartOfRule: RelationRule & { readonly once: true } = {
  name: 'relation.partOf',
  once: true,
  extract(ctx: PassageContext, entities: readonly Candidate[]): RelationCandidate[] {
    const index = RegionIndex.of(ctx.lexicon);
    const out: RelationCandidate[] = [];
    for (const child of entities) {
      if (child.kind !== 'region') continue;
      const entry = index.byName(child.name);
      if (!entry) continue;
      let from = child;
      for (const parent of index.ancestors(entry)) {
        const to = regionEndpoint(parent, child, this.name);
        out.push({ type: RelType.PART_OF, from, to, rule: this.name, start: child.start, end: child.end, fields: {} });
        from = to;
      }
    }
    return out;
  },
};
