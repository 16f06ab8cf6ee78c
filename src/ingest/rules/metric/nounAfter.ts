import type { MetricLexicon } from './metricLexicon';
import { RANKING } from './ranking';

const STOP = /[,;:。!?、()《》\s\d"]/;
const MAX_NOUN = 16;
// a grade of works by voltage, capacity or tonnage is a word of their name (20个500千伏输变电工程: 内蒙古 2026; 2座35万千瓦
// 塔式槽式光热发电项目: 青海 2026), though a number
const GRADE = /^\d+(?:\.\d+)?万?(?:千伏|千瓦|兆瓦|吨级)/;

/**
 * The noun a count or a `N%的` share is about, starting at `pos`: up to punctuation, a digit or a word of
 * metric-count-stop-words.txt (的, 已, 加入, 取得 …), with “…” groups kept whole. Returns '' when nothing noun-like
 * starts there or it runs on past 16 characters (a clause, not a noun). Example (seed line 13): after
 * `建设144个` → `智能工厂` (stops at 和).
 */
export function nounAfter(text: string, pos: number, ml: MetricLexicon): string {
  let j = pos;
  // a quoted name is one word of the noun, however long (11大类36项“提信心、稳增长、强主体”系列政策文件)
  let quoted = 0;
  while (j < text.length) {
    const c = text[j];
    if (c === '“') {
      const k = text.indexOf('”', j + 1);
      if (k < 0) break;
      quoted += k - j;
      j = k + 1;
      continue;
    }
    // a ranking inside the noun is part of its name (200家世界500强企业)
    const ranking = RANKING.exec(text.slice(j, j + 8));
    if (ranking) {
      j += ranking[0].length;
      continue;
    }
    const grade = GRADE.exec(text.slice(j, j + 10));
    if (grade) {
      j += grade[0].length;
      continue;
    }
    if (STOP.test(c) || ml.countStopWords.some((w) => text.startsWith(w, j))) break;
    // an approximator that leads the next number closes the noun (惠及80个乡镇近300万群众: 福建 2026)
    if (ml.approxBeforeWords.some((w) => text.startsWith(w, j) && /\d/.test(text[j + w.length] ?? ''))) break;
    j++;
    if (j - pos - quoted > MAX_NOUN) return '';
  }
  const noun = text.slice(pos, j);
  const named = noun.replace(GRADE, '');
  return named.length >= 2 && /^[\u4e00-\u9fffA-Za-z“]/.test(named) ? noun : '';
}
