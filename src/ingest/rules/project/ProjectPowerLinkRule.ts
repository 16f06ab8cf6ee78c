import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { ProjectKind } from './ProjectKind';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';

interface OwnAbbreviations {
  abbreviations: Record<string, string>;
}

// 甘 writes 甘肃 beside its usual 陇 in these names (甘电入浙: 浙江 2026)
const EXTRA = '甘';
const pattern = perLexicon((lex) => {
  const chars = [...Object.values(lex.data<OwnAbbreviations>('region-own-abbreviations').abbreviations), EXTRA].join('');
  // “宁电入湘”工程, 陕电入皖特高压工程, 吉电入京特高压输电通道, 蒙电入沪过江工程: the link, then the works word it takes
  // (and the power sources built for the link: “疆电入渝”配套电源, seed line 53)
  return new RegExp(`(“)?([${chars}]电入[${chars}])(”)?((?:特高压)?(?:直流)?(?:输电)?(?:过江)?(?:工程|通道))?(配套(?:新能源|电源)(?:项目)?)?`, 'gu');
});

/**
 * Power sent from one province to another over a line built for it, named X电入Y with two provinces' one-character
 * abbreviations: 宁电入湘工程投产送电 (湖南 2026), 陇电入鲁工程建成投运 (甘肃 2026), 推进疆电入湘 (湖南 2026),
 * “宁电入湘”工程 (宁夏 2026), 陕电入皖特高压工程 (安徽 2026). A POWER project named with its works word (工程 when the
 * text gives none), or the power sources built for it (“疆电入渝”配套电源, named as written). Rejects 外电入鲁 and
 * 外电入渝 (power from outside, a goal: 外 is no province).
 */
export const ProjectPowerLinkRule = entityRule('project.powerLink', 'project', (ctx, rule) => {
  const text = ctx.text;
  const lex = projectLexicon(ctx.lexicon);
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern(ctx.lexicon))) {
    // a quote is part of the mention only when it closes around the link
    const quoted = m[1] !== undefined && m[3] !== undefined;
    const start = m.index + (quoted ? 0 : (m[1] ?? '').length);
    const end = quoted || m[4] || m[5] ? m.index + m[0].length : start + m[2].length;
    const st = projectStatus(text, start, end, lex);
    out.push(spanCandidate(ctx, 'project', rule, start, end, {
      name: m[5] ? text.slice(start, end) : `${m[2]}${m[4] ?? '工程'}`,
      fields: { kind: ProjectKind.POWER, status: st?.status ?? null, statusText: st?.statusText ?? null },
    }));
  }
  return out;
});
