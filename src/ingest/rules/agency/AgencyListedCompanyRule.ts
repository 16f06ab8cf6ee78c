import type { Candidate } from '../Rule';
import { AgencyKind } from './AgencyKind';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

const LISTING = /(?<=^|[,。;:!?，。；：！？\s])((?:[\p{Script=Han}A-Za-z]{2,8}、)*[\p{Script=Han}A-Za-z]{2,8}?)(?:在[\p{Script=Han}]{2,5}?板)?(?:成功|正式|顺利)?(?:发行)?上市(?=$|[,。;，。；、\s])/gu;
/** items that are no company: a product (获批上市, 新车型投产上市), a kind of firm (优质科技企业), a call to act (支持…) */
const NOT_COMPANY = /(?:获批|批准|产品|药品|车型|投产)$|企业|^(?:支持|推动|鼓励|促进|引导|助力|帮助|推进)/;

/**
 * A list of short names that opens its clause and goes public (上市) names companies: 西山科技、智翔金泰在科创板
 * 正式发行上市 (seed line 18), 天有为、大鹏工业成功上市 (黑龙江 2026). Only a listing says so: the subject of 上市
 * is an enterprise, whatever its name looks like; a bare brand (西山科技) carries no suffix the other agency rules
 * could read. Up to a board (在科创板), an adverb (成功, 正式, 顺利) and 发行 may stand before 上市, nothing else.
 * Rejected: names that do not open their clause (完成国泰海通证券重组更名上市), items with digits, quotes or
 * approvals (34款创新药械获批上市, “莫米司特片”获批上市: products, not companies), lists closed by 等 (…等一批新
 * 车型投产上市) and 上市 that goes on into a noun (上市公司), and kinds of firm or calls to act (支持优质科技企业上市).
 */
export const AgencyListedCompanyRule = entityRule('agency.listedCompany', 'agency', (ctx, rule) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(LISTING)) {
    const items = m[1].split('、');
    if (items.some((i) => NOT_COMPANY.test(i))) continue;
    let at = m.index;
    for (const item of items) {
      out.push(spanCandidate(ctx, 'agency', rule, at, at + item.length, { name: item, fields: { kind: AgencyKind.COMPANY } }));
      at += item.length + 1;
    }
  }
  return out;
});
