import type { Lexicon } from '../lexicon/Lexicon';
import { perLexicon } from '../lexicon/perLexicon';

const lists = perLexicon((lexicon: Lexicon) => ({
  exact: new Set(lexicon.words('page-chrome')),
  prefixes: lexicon.words('page-chrome-prefixes'),
  captions: lexicon.words('caption-markers'),
}));

/**
 * True for a line that is web-page furniture or a photo caption, not report text: 下载, 【字号：, 分享到:,
 * 来源：解放日报, and credits like `殷勇同志作政府工作报告。本报记者 戴冰摄` (2026-北京市 line 15). Such lines get no
 * passage, so no rule sees them; offsets of every other line are untouched. Word lists: page-chrome.txt,
 * page-chrome-prefixes.txt, caption-markers.txt.
 */
export function isPageChrome(line: string, lexicon: Lexicon): boolean {
  const { exact, prefixes, captions } = lists(lexicon);
  const t = line.trim();
  if (t.length === 0) return true;
  const bare = t.replace(/[：:]$/, '');
  if (exact.has(t) || exact.has(bare)) return true;
  if (t.length <= 40 && prefixes.some((p) => t.startsWith(p))) return true;
  // a date-time stamp on its own: 2026-02-03 09:02:33
  if (/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/.test(t)) return true;
  return isCaption(t, captions);
}

/** A caption credit sits at the end of a short line: the marker, then at most a name and 摄. */
function isCaption(t: string, markers: readonly string[]): boolean {
  if (t.length > 200) return false;
  const tail = t.slice(-16);
  if (!markers.some((m) => tail.includes(m))) return /^图为/.test(t);
  return /摄$/.test(t) || /(记者|通讯员)\s*\S{1,4}(\s\S{1,4})?$/.test(t);
}
