import { perLexicon } from '../../lexicon/perLexicon';
import { RelType } from '../../records/labels';
import { alternationSource } from '../../lexicon/alternation';
import type { Candidate, RelationCandidate } from '../Rule';
import { between, clauseBounds, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';

const HOLDERS = new Set(['region', 'project']);
/** list separators between the places that share one designation */
const SEPARATOR = /^[、和及与]$/;

/**
 * What may stand between the last listed place and the policy: a list's tail (等9个项目), a designation verb, then a
 * year, batch or level (今年国家…, 首批, 市级“…”) — every part optional, nothing else.
 */
const gapPattern = perLexicon((lex) => {
  const verbs = alternationSource(lex.words('designation-verbs'));
  return new RegExp(
    String.raw`^(?:等[\d一二三四五六七八九十两]*[个项家处]?[\u4e00-\u9fff]{0,4}?)?(?:${verbs})?` +
      String.raw`(?:今年|明年|首批|第[一二三四五六七八九十\d]+批|\d{4}年)?(?:国家级?|全国|省级|市级|区级)?$`,
  );
});

/**
 * A designation, pilot or list SUPPORTS the places or projects it was given to: the regions or projects listed
 * right before the policy in its clause, joined by 、和及与, then either nothing (渝中区、九龙坡区国家城市更新试点) or a
 * verb of designation-verbs.txt (南岸区、江北区…入选全国义务教育优质均衡先行创建区; 菖蒲盖片区命名为市级“…”实践创新基地)
 * with at most a year, batch or level before the policy. Every item of the list gets the relation.
 * Rejected: anything else between (a region that only opens the clause: 重庆召开…会议印发《…》), a list broken by
 * other words, a place after the policy (SupportsRule's, with its support verbs).
 * A designated project is LOCATED_IN the regions listed before it in the same way (巴南区入选2023年国家骨干冷链物流
 * 基地建设名单, seed line 26).
 * Example (seed line 49): 南岸区、江北区、沙坪坝区、两江新区入选全国义务教育优质均衡先行创建区 → four SUPPORTS.
 */
export const DesignationRule = relationRule('relation.designation', (ctx, entities, rule) => {
  const out: RelationCandidate[] = [];
  const gapOk = gapPattern(ctx.lexicon);
  for (const p of entities) {
    if (p.kind !== 'policy' && p.kind !== 'project') continue;
    // a designated facility is in the places listed for it (巴南区入选…国家骨干冷链物流基地建设名单): LOCATED_IN
    const located = p.kind === 'project';
    const [cs] = clauseBounds(ctx, p.start);
    const before = entities.filter((e) => (located ? e.kind === 'region' : HOLDERS.has(e.kind)) && e.start >= cs && e.end <= p.start);
    const lastEnd = Math.max(...before.map((e) => e.end));
    if (!Number.isFinite(lastEnd)) continue;
    const gap = between(ctx, lastEnd, p.start).replace(/[“”]/g, '');
    if (!gapOk.test(gap)) continue;
    // the list, back from the last item while separators join the items (joint members share one span)
    const items: Candidate[] = [];
    for (let end = lastEnd; ; ) {
      const here = before.filter((e) => e.end === end);
      if (here.length === 0) break;
      items.push(...here);
      const start = here[0].start;
      const prev = before.filter((e) => e.end <= start && SEPARATOR.test(between(ctx, e.end, start)));
      if (prev.length === 0) break;
      end = Math.max(...prev.map((e) => e.end));
    }
    const basis = gap === '' ? 'adjacent' : 'clause';
    const type = located ? RelType.LOCATED_IN : RelType.SUPPORTS;
    for (const t of items) out.push({ type, from: p, to: t, rule: rule, ...spanOf(t, p), fields: { basis } });
  }
  return out;
});
