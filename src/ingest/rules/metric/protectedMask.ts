import { ITEM_NUMBER } from '../../text/itemNumber';

const PAIRS: Record<string, string> = { '“': '”', '《': '》', '(': ')', '"': '"' };

/**
 * Marks the characters inside “…”, 《…》, (…) and "…" (1 = inside). Numbers there are parts of names, titles or
 * asides, never metrics: “33618”现代制造业集群体系, 《…行动方案(2023—2027年)》, “支持市场主体发展36条政策措施”,
 * 113(至少1次政策宣传、…推荐3个就业岗位). An unclosed opener protects nothing, so a stray quote cannot hide a
 * whole passage.
 */
export function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  // an item's number at the start of its line (2.实现城镇新增就业18万人以上: 内蒙古 2026's list of the year's tasks)
  // numbers the list, not a thing
  const item = ITEM_NUMBER.exec(text);
  if (item) mask.fill(1, 0, item[0].length);
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]];
    if (!close) continue;
    // Titles and quotes are short; a closer further away than this is another pair's.
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j - i > 120) continue;
    mask.fill(1, i + 1, j);
    i = j;
  }
  return mask;
}
