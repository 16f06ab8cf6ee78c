import { RegionIndex } from '../../lexicon/RegionIndex';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordsOf } from '../wordsOf';

interface OwnAbbreviations {
  abbreviations: Record<string, string>;
  before: string;
  after: string;
}

const data = perLexicon((lex) => lex.data<OwnAbbreviations>('region-own-abbreviations'));

/**
 * Finds the one-character abbreviation of the report's own province where it names the place: after a verb of
 * coming, staying or being stationed (在晋两院院士, 来湘投资, 清洁电力入黔, 驻粤人民解放军) as a word of its own, or
 * opening a compound for the province's firms, merchants or goods (湘企, 晋商, 黔货). region-own-abbreviations.json
 * lists the abbreviations and both context sets; a programme (对口援疆, 外电入渝) holds the place in its name. Only the report's own province: elsewhere a character like 宁 (宁夏, 南京,
 * 宁波) or 青 says too little. Rejects a character that starts a longer place (湘西, 陕西省: the gazetteer's) and one
 * jieba joins to a longer word after a verb (在滇池: the lake).
 * Example (山西 2026): 在晋两院院士突破两位数 → 晋, 山西省.
 */
export const RegionOwnAbbreviationRule = entityRule('region.ownAbbreviation', 'region', (ctx, rule) => {
  const own = ctx.report.region;
  const d = data(ctx.lexicon);
  const abbreviation = own ? d.abbreviations[own] : undefined;
  if (!abbreviation || !ctx.text.includes(abbreviation)) return [];
  const index = RegionIndex.of(ctx.lexicon);
  const entry = index.byName(own!);
  if (!entry) return [];
  const text = ctx.text;
  const words = wordsOf(ctx);
  const out: Candidate[] = [];
  for (let i = text.indexOf(abbreviation); i >= 0; i = text.indexOf(abbreviation, i + 1)) {
    // (at the passage's end there is no compound: ''.includes is true of every string)
    const compound = i + 1 < text.length && d.after.includes(text[i + 1]);
    const placed = i > 0 && d.before.includes(text[i - 1]) && words.some((w) => w.start === i && w.end === i + 1);
    if (!compound && !placed) continue;
    // X电入Y names a power-transfer programme (外电入渝, 疆电入湘): the place is part of that name
    if (text[i - 1] === '入' && text[i - 2] === '电') continue;
    // the start of a longer place is the gazetteer's: 湘西, 陕西省
    if (index.gazetteer.find(text.slice(i, i + 12)).some((m) => m.start === 0)) continue;
    out.push(spanCandidate(ctx, 'region', rule, i, i + 1, {
      name: entry.name,
      fields: { level: entry.level, parent: entry.parent, code: entry.code },
    }));
  }
  return out;
});
