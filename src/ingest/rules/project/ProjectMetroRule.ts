import { ProjectKind } from './ProjectKind';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

// 轨道交通9号线二期, and the lines listed after it without the prefix: 、10号线二期和5号线北延伸段
const FIRST = /(?:轨道交通|地铁)(\d{1,2})号线((?:[一二三四五六七八九十]期)|[东西南北]?延伸段)?/g;
const NEXT = /^(?:、|和|及)(\d{1,2})号线((?:[一二三四五六七八九十]期)|[东西南北]?延伸段)?/;
const REGION_LEVEL = /(?:市|省|自治区|特别行政区)$/;

/**
 * Matches metro lines: 轨道交通N号线 / 地铁N号线 with an optional phase or extension, and the bare N号线 items listed
 * right after one of them. Line numbers repeat from city to city, so the name carries the report's region
 * (重庆轨道交通9号线) when it is known.
 * Rejects a bare N号线 with no 轨道交通/地铁 before it in the list (生产线, 专线 never match), and a length of track
 * without a line number (304公里轨道交通).
 * Example (seed line 32): 开通轨道交通9号线二期、10号线二期和5号线北延伸段 → lines 9, 10 and 5, IN_OPERATION (开通).
 */
export const ProjectMetroRule = entityRule('project.metro', 'project', (ctx, rule) => {
  const lex = projectLexicon(ctx.lexicon);
  const text = ctx.text;
  const city = ctx.report.region?.replace(REGION_LEVEL, '') ?? '';
  const items: { i: number; j: number; line: string; section: string | null }[] = [];
  for (const m of text.matchAll(FIRST)) {
    items.push({ i: m.index, j: m.index + m[0].length, line: m[1], section: m[2] ?? null });
    for (let n = NEXT.exec(text.slice(items[items.length - 1].j)); n; ) {
      const at = items[items.length - 1].j + 1;
      items.push({ i: at, j: at + n[0].length - 1, line: n[1], section: n[2] ?? null });
      n = NEXT.exec(text.slice(at + n[0].length - 1));
    }
  }
  const first = items[0];
  const last = items[items.length - 1];
  return items.map((it) => {
    const st = projectStatus(text, first.i, last.j, lex);
    return spanCandidate(ctx, 'project', rule, it.i, it.j, {
      name: `${city}轨道交通${it.line}号线`,
      fields: { kind: ProjectKind.METRO, status: st?.status ?? null, statusText: st?.statusText ?? null, section: it.section },
    });
  });
});
