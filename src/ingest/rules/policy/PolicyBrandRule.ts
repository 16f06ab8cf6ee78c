import { alternation } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { spanCandidate } from '../spanCandidate';
import { wordBoundsOf } from '../wordsOf';
import { PolicyKind } from './PolicyKind';
import { entityRule } from '../defineRule';

// what may follow a brand: the end of its clause, a list mark, or the words that make it a programme's name (not
// 建设: …建设 closing the phrase is PolicyNamedRule's, and 数字中国建设峰会 names an event)
const AFTER = /^(?:$|[，。；、：:,;）)”]|和|与|及|品牌|行动)/;

const BRAND_LEVELS = new Set(['province', 'autonomous_region', 'municipality', 'country']);

// what may follow the brand of a kind of place besides: 建设 (美丽城镇建设 is the campaign itself)
const AFTER_SETTING = /^建设/;

const brands = perLexicon((lex) => {
  const qualities = alternation(lex.words('policy-brand-qualities')).source;
  return {
    // the place is looked ahead at, so that a brand right after another is found too (平安浙江法治浙江)
    pattern: new RegExp(`(${qualities})(?=([\\p{Script=Han}]{2,3}))`, 'gu'),
    nextBrand: new RegExp(`^(?:${qualities})`),
    literary: new Set(lex.words('policy-brand-places')),
    settings: new Set(lex.words('policy-brand-settings')),
  };
});

/**
 * Matches programmes named by a quality and a place (policy-brand-qualities.txt): 全面建设美丽北京 → 美丽北京,
 * 美丽浙江品牌, 建设高水平健康龙江, 平安浙江法治浙江 (two). The place must be a province or the country (gazetteer), a
 * province's literary name (policy-brand-places.txt) or a kind of place a national campaign builds (policy-brand-
 * settings.txt: 美丽乡村, 幸福河湖), the quality must start a word (jieba), and the brand must end its phrase: the clause
 * end, a list mark, another brand, 品牌/行动 after it, or for a kind of place 建设 (美丽中国先行区 is a zone's name,
 * PolicyNamedRule's; 建设幸福河湖10条 counts rivers). The guide counts
 * named programmes, not slogans; a province's programme brand is the name of its programme (平安重庆建设 is annotated
 * with its head, 美丽北京 without).
 * Example (北京 2026): 全面建设美丽北京； → 美丽北京, PROGRAM.
 */
export const PolicyBrandRule = entityRule('policy.brand', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const { pattern, nextBrand, literary, settings } = brands(ctx.lexicon);
  const gazetteer = RegionIndex.of(ctx.lexicon).gazetteer;
  // a province or the country: 幸福安康 is a wish, not Ankang's programme
  const isProvince = (s: string) => gazetteer.lookup(s).some((r) => BRAND_LEVELS.has(r.entry.level));
  const { starts } = wordBoundsOf(ctx);
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    if (!starts.has(m.index)) continue;
    const quality = m[1];
    // the longest place that ends the phrase: 平安黑龙江 (not 平安黑龙), 健康龙江
    for (const n of [3, 2]) {
      const place = m[2].slice(0, n);
      const setting = settings.has(place);
      if (place.length < n || !(setting || literary.has(place) || isProvince(place))) continue;
      const end = m.index + quality.length + n;
      const after = text.slice(end, end + 2);
      if (!AFTER.test(after) && !nextBrand.test(after) && !(setting && AFTER_SETTING.test(after))) break;
      out.push(spanCandidate(ctx, 'policy', rule, m.index, end, { name: quality + place, fields: { kind: PolicyKind.PROGRAM } }));
      break;
    }
  }
  return out;
});
