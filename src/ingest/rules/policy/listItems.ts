import { nameStart } from '../../text/nameStart';
import type { Word } from '../../text/segment';

// an item is a plain name: no punctuation but quotes (出入境便利“服务包”) and a rate's slash (150亿方/年), at least
// two Han characters, not longer than a policy name runs
const ITEM = /^[\p{Script=Han}A-Za-z0-9·—+“”/]+$/u;
const MAX_ITEM = 24;
const SEPARATOR = /^[、和及]$/;
// what may open a list: the clause start (punctuation, an opening quote) or a lead verb of name-stops.txt
const OPENER = /^[，。；：,;:“（(]?$/;

/**
 * The items of the list that ends at `end`, first to last, or null when the list is not whole: an item that is no
 * plain name, a separator the walk cannot cross (和 inside the last item: 民生改善和安全强基 before 等; between two 、 it
 * is the item's own word), or a first item that does not
 * start its clause (五育并举提升工程 cut at 并举).
 */
export function listItems(text: string, words: readonly Word[], end: number, stops: ReadonlySet<string>): [number, number][] | null {
  const items: [number, number][] = [];
  for (let e = end; ; ) {
    let start = nameStart(text, words, e, { maxLength: MAX_ITEM, stops });
    // a lead verb leads a name and never ends one: a stop word that ends an item is the item's own last word
    // (清洁降碳、安全可靠、高效调节、智能运行四大专项行动: 运行 leads 运行X elsewhere)
    if (start === e) {
      const last = words.find((w) => w.end === e && stops.has(w.text));
      if (last) {
        const before = nameStart(text, words, last.start, { maxLength: MAX_ITEM - last.text.length, stops });
        if (before < last.start) start = before;
      }
    }
    // an item between two 、 is whole when the name was cut by something other than a lead verb (鼎际得高端新材料:
    // 得); a lead verb inside it leads the item's own phrase (发放育儿补贴、逐步推行免费学前教育等政策)
    const sepAt = text.lastIndexOf('、', e - 1);
    // between two 、 a 和 or 及 joins two parts of one item, never two items (…、民生改善和安全强基、…等“十大工程”)
    const inner = items.length > 0 && text[e] === '、';
    const cutBy = words.find((w) => w.end === start);
    const cutByLead = cutBy !== undefined && stops.has(cutBy.text) && !(inner && SEPARATOR.test(cutBy.text));
    const joinsLast = !inner && SEPARATOR.test(text[start - 1] ?? '');
    if (sepAt >= 0 && start > sepAt + 1 && e - sepAt - 1 <= MAX_ITEM && ITEM.test(text.slice(sepAt + 1, e)) && !joinsLast && !cutByLead) start = sepAt + 1;
    const item = text.slice(start, e);
    // quoted names side by side are several names on one head, PolicyQuotedRule's (“走找想促”“送解优”等行动)
    if ((item.match(/\p{Script=Han}/gu) ?? []).length < 2 || !ITEM.test(item) || item.includes('”“')) return null;
    items.push([start, e]);
    const sep = text[start - 1] ?? '';
    // 、 separates the items; 和/及 may join the last one to the rest
    if (sep === '、' || (SEPARATOR.test(sep) && items.length === 1)) {
      e = start - 1;
      continue;
    }
    // 及 inside the first item joins two parts of one name when the item runs from its clause's start (引洮二期骨干及
    // 城乡配套、甘肃中部生态移民供水…等工程): the whole is the item
    if (sep === '及' && items.length > 1) {
      const open = clauseOpen(text, start - 1, MAX_ITEM - (e - start) - 1);
      if (open === null) return null;
      items[items.length - 1] = [open, e];
      return items.reverse();
    }
    if (SEPARATOR.test(sep)) return null;
    const before = words.find((w) => w.end === start);
    if (!OPENER.test(sep) && !(before && stops.has(before.text))) return null;
    return items.reverse();
  }
}

/** Where a plain name that ends at `end` starts, when punctuation opens it at most `max` characters back; else null. */
function clauseOpen(text: string, end: number, max: number): number | null {
  for (let i = end; i > 0 && end - i <= max; i--) {
    if (/[，。；：,;:]/.test(text[i - 1])) return i < end && ITEM.test(text.slice(i, end)) ? i : null;
  }
  return null;
}
