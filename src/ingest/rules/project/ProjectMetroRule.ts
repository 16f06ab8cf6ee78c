import { ProjectKind } from './ProjectKind';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { RegionIndex } from '../../lexicon/RegionIndex';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

// the part of a line a clause is about: 二期, 北延伸段, 一期南段, 延伸线, 北段
const SECTION = String.raw`(?:[一二三四五六七八九十]期)?(?:[东西南北]?延伸[段线]?|[东西南北]段)?`;
// 轨道交通9号线二期, and the lines listed after it without the prefix: 、10号线二期和5号线北延伸段
// a line is numbered (9号线) or lettered (M102线, Z4线: 北京 2026, 天津 2026)
const LINE = String.raw`(\d{1,2}号|[A-Z]\d{1,3})线`;
const FIRST = new RegExp(String.raw`(?:轨道交通|地铁)${LINE}(${SECTION})`, 'g');
const NEXT = new RegExp(String.raw`^(?:、|和|及)${LINE}(${SECTION})`);
/** a metro line written with its prefix (轨道交通M102线, 地铁4号线): what a policy's name may not build */
export const METRO_LINE = new RegExp(String.raw`(?:轨道交通|地铁)${LINE}`);
// a list the line word closes instead (2号线西延伸、18号线二期等轨道交通线; 崇明线、南枫线、19号线等轨道交通线)
const CLOSER = /等(?:城市)?(?:轨道交通|地铁)(?:线路?|项目|工程)/g;
const ITEM = new RegExp(String.raw`^(\d{1,2}号线|[\u4e00-\u9fa5]{2,5}线)(${SECTION})$`);
const ITEM_BOUND = /[、,，;；:：。“”\s]/;
const REGION_LEVEL = /(?:市|省|自治区|特别行政区)$/;

interface Line { i: number; j: number; line: string; section: string | null; city: string | null }

/**
 * Matches metro lines: 轨道交通N号线 / 地铁N号线 with an optional phase, extension or section, the bare N号线 items
 * listed right after one of them, and the items of a list that 等轨道交通线 closes (named lines too: 崇明线). Line
 * numbers repeat from city to city, so the name carries the city written before the line (太原地铁1号线), else the
 * report's region (重庆轨道交通9号线).
 * Rejects a bare N号线 with no 轨道交通/地铁 before it in the list nor closing it (生产线, 专线 never match), and a
 * length of track without a line number (304公里轨道交通).
 * Example (seed line 32): 开通轨道交通9号线二期、10号线二期和5号线北延伸段 → lines 9, 10 and 5, IN_OPERATION (开通).
 */
export const ProjectMetroRule = entityRule('project.metro', 'project', (ctx, rule) => {
  const lex = projectLexicon(ctx.lexicon);
  const index = RegionIndex.of(ctx.lexicon);
  const text = ctx.text;
  const own = ctx.report.region?.replace(REGION_LEVEL, '') ?? '';
  const lists: Line[][] = [];
  for (const m of text.matchAll(FIRST)) {
    // the city written right before the line's 地铁/轨道交通 (太原 in 太原地铁1号线), if any
    const place = index.placeBefore(text, m.index);
    const city = place ? text.slice(place.start, m.index).replace(REGION_LEVEL, '') : null;
    const items: Line[] = [{ i: m.index, j: m.index + m[0].length, line: `${m[1]}线`, section: m[2] || null, city }];
    for (let n = NEXT.exec(text.slice(items[items.length - 1].j)); n; ) {
      const at = items[items.length - 1].j + 1;
      items.push({ i: at, j: at + n[0].length - 1, line: `${n[1]}线`, section: n[2] || null, city });
      n = NEXT.exec(text.slice(at + n[0].length - 1));
    }
    lists.push(items);
  }
  for (const m of text.matchAll(CLOSER)) {
    const items: Line[] = [];
    for (let e = m.index; ; ) {
      let s = e;
      while (s > 0 && !ITEM_BOUND.test(text[s - 1])) s--;
      const item = ITEM.exec(withoutLeadVerbs(text.slice(s, e), lex.headStops));
      if (!item) break;
      const i = e - item[0].length;
      if (!lists.some((l) => l.some((x) => x.i <= i && i < x.j))) items.unshift({ i, j: e, line: item[1], section: item[2] || null, city: null });
      if (text[s - 1] !== '、') break;
      e = s - 1;
    }
    // one named item alone may be any 线 (生产线等轨道交通线 is no list); a numbered one is a line
    if (items.length > 1 || (items.length === 1 && /^\d/.test(items[0].line))) lists.push(items);
  }
  return lists.flatMap((items) => {
    const st = projectStatus(text, items[0].i, items[items.length - 1].j, lex);
    return items.map((it) =>
      spanCandidate(ctx, 'project', rule, it.i, it.j, {
        name: `${it.city ?? own}轨道交通${it.line}`,
        fields: { kind: ProjectKind.METRO, status: st?.status ?? null, statusText: st?.statusText ?? null, section: it.section },
      }),
    );
  });
});

/** An item without the verbs that open the clause it starts (加快建设崇明线 → 崇明线). */
function withoutLeadVerbs(item: string, stops: readonly string[]): string {
  for (let stop = stops.find((s) => item.startsWith(s)); stop; stop = stops.find((s) => item.startsWith(s))) item = item.slice(stop.length);
  return item;
}
