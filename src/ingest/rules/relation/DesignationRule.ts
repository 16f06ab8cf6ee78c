import { perLexicon } from '../../lexicon/perLexicon';
import { RelType } from '../../records/labels';
import { alternationSource } from '../../lexicon/alternation';
import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate, PassageContext, RelationCandidate } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { between, clauseBounds, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';

const HOLDERS = new Set(['region', 'project']);
/** the report's own place in its own voice: 我市纳入…试点, 我省成为国家首批数据要素综合试验区 */
const FIRST_PERSON_PLACE = /^我[省市区州]$/;
/** list separators between the places that share one designation */
const SEPARATOR = /^[、和及与]$/;
/** a programme between partners names them as partners, not as places it was given to (大连与上海对口合作) */
const BETWEEN_PARTNERS = /(?:合作|协作|支援|帮扶)$/;

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
 * other words, a place after the policy (SupportsRule's, with its support verbs), and a programme between partners
 * (辽宁与江苏、沈阳与北京、大连与上海对口合作: 辽宁 2026), which names no place it was given to.
 * A designated project is LOCATED_IN the regions listed before it in the same way (巴南区入选2023年国家骨干冷链物流
 * 基地建设名单, seed line 26).
 * The report's own place in its own voice is a holder too (成功争取我市纳入国家要素市场化配置综合改革试点 → 重庆市).
 * Example (seed line 49): 南岸区、江北区、沙坪坝区、两江新区入选全国义务教育优质均衡先行创建区 → four SUPPORTS.
 */
export const DesignationRule = relationRule('relation.designation', (ctx, entities, rule) => {
  const out: RelationCandidate[] = [];
  const gapOk = gapPattern(ctx.lexicon);
  for (const p of entities) {
    if (p.kind !== 'policy' && p.kind !== 'project') continue;
    if (p.kind === 'policy' && BETWEEN_PARTNERS.test(p.name)) continue;
    // a designated facility is in the places listed for it (巴南区入选…国家骨干冷链物流基地建设名单): LOCATED_IN
    const located = p.kind === 'project';
    const [cs] = clauseBounds(ctx, p.start);
    const before = entities.filter((e) => (located ? e.kind === 'region' : HOLDERS.has(e.kind)) && e.start >= cs && e.end <= p.start);
    const lastEnd = Math.max(...before.map((e) => e.end));
    if (!Number.isFinite(lastEnd)) {
      // the report speaking of its own place (成功争取我市纳入国家要素市场化配置综合改革试点): the report's region
      const self = ownPlaceBefore(ctx, cs, p.start);
      const own = ctx.report.region ? RegionIndex.of(ctx.lexicon).byName(ctx.report.region) : undefined;
      // with a verb only: 我省“民营经济32条” right after it is whose measures they are, not a designation
      const selfGap = self ? between(ctx, self.end, p.start).replace(/[“”]/g, '') : '';
      if (self && own && selfGap !== '' && gapOk.test(selfGap)) {
        const to = regionEndpoint(own, { text: between(ctx, self.start, self.end), ...self }, rule);
        out.push({ type: located ? RelType.LOCATED_IN : RelType.SUPPORTS, from: p, to, rule, start: self.start, end: p.end, fields: { basis: 'clause' } });
      }
      continue;
    }
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

/** 我市, 我省, 我区: the report's own place, as the last such word of the clause before `end`. */
function ownPlaceBefore(ctx: PassageContext, cs: number, end: number): { start: number; end: number } | undefined {
  const at = between(ctx, cs, end).lastIndexOf('我');
  if (at < 0 || !FIRST_PERSON_PLACE.test(between(ctx, cs + at, cs + at + 2))) return undefined;
  return { start: cs + at, end: cs + at + 2 };
}
