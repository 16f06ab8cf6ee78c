import type { Lexicon } from '../lexicon/Lexicon';
import { perLexicon } from '../lexicon/perLexicon';

/** region-name-heads.txt compiled: heads that follow directly, heads after a short name, and words that cancel. */
interface RegionNameHeads {
  direct: readonly string[];
  gapped: readonly string[];
  cancels: readonly string[];
  gapStops: ReadonlySet<string>;
}

/** The longest name part allowed between a region and a `…head` (中国 + 戏剧梅花 + 奖). */
const MAX_GAP = 4;
const CJK = /[\u4e00-\u9fa5]/;

const headsOf = perLexicon((lexicon: Lexicon): RegionNameHeads => {
  const lines = lexicon.words('region-name-heads');
  return {
    direct: lines.filter((l) => !l.startsWith('…') && !l.startsWith('!')),
    gapped: lines.filter((l) => l.startsWith('…')).map((l) => l.slice(1)),
    cancels: lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1)),
    gapStops: new Set(lexicon.words('region-name-gap-stops')),
  };
});

/**
 * Whether the region mention ending at `end` of `text` is the first part of a proper name (region-name-heads.txt):
 * a head right after it (碑林博物馆, 海南长臂猿), or a `…head` after at most four name characters that hold no gap
 * stop (中国戏剧梅花奖, not 中国获奖), unless a longer word cancels the head there (中国奖牌数, 市级奖补).
 * Example (陕西 2026): `西安碑林博物馆新馆…建成开放` → true for 碑林 at 2–4.
 */
export function regionNameHead(lexicon: Lexicon, text: string, end: number): boolean {
  const h = headsOf(lexicon);
  const headAt = (p: number, heads: readonly string[]): boolean =>
    heads.some((x) => text.startsWith(x, p)) && !h.cancels.some((x) => text.startsWith(x, p));
  if (headAt(end, h.direct) || headAt(end, h.gapped)) return true;
  for (let p = end; p < end + MAX_GAP && p < text.length; p++) {
    if (!CJK.test(text[p]) || h.gapStops.has(text[p])) return false;
    if (headAt(p + 1, h.gapped)) return true;
  }
  return false;
}
