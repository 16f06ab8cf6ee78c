import { reportRefiner } from '../defineRule';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';

// a bare back-reference in 《》: the outline (纲要, 纲要草案, 纲要（草案）, 规划纲要) or the Party's proposals (建议)
const ALIAS = /《(纲要[（(]?草案[)）]?|规划纲要|纲要|建议)》/g;
// the full titles each alias stands for, by how they end (names are stored with half-width brackets)
const FULL: Record<'outline' | 'proposals', RegExp> = {
  outline: /规划纲要(?:\(草案\)|草案)?$/,
  proposals: /的建议$/,
};
const kindOf = (alias: string): keyof typeof FULL => (alias === '建议' ? 'proposals' : 'outline');
// an outline's name without its draft marker: the plan whether submitted or adopted
const undrafted = (name: string): string => name.replace(/(?:\(草案\)|草案)$/, '');

/**
 * A bare back-reference to a document, 《纲要草案》 or 《建议》, is a mention of the one full title of that kind the
 * report gives elsewhere: 提请审议《北京市国民经济和社会发展第十五个五年规划纲要（草案）》 then 《纲要草案》具体部署了
 * 13项任务举措 → the outline. The title rule reads no policy in the bare words (nothing in them names the document);
 * the report does. Only when the report gives exactly one full title of the kind (one outline, one set of proposals),
 * and no other mention covers the back-reference.
 * The outline named by its era is that title too, with or without the draft marker (吉林 2026: “十五五”规划纲要，凝聚着
 * 各方面的智慧 → 吉林省国民经济和社会发展第十五个五年规划纲要(草案), the title the report submits).
 * With no outline in 《》 the one the report names by its era stands for it (广西 2026: “十五五”规划纲要（草案）).
 * Example (上海 2026): 《纲要（草案）》提出了今后五年经济社会发展的主要任务 → 上海市国民经济和社会发展第十五个五年规划纲要(草案).
 */
export const TitleAliasRefiner = reportRefiner('report.titleAlias', (passages) => {
  const full = { outline: new Map<string, Candidate>(), proposals: new Map<string, Candidate>() };
  // with no outline in 《》, the outline named by its era is the one the back-reference means (广西 2026: 编制了“十五五”
  // 规划纲要（草案）, then 《纲要》贯彻落实…)
  const eraOutlines = new Map<string, Candidate>();
  for (const p of passages) {
    for (const c of p.entities) {
      if (c.kind === 'policy' && c.rule === 'policy.eraPlan' && FULL.outline.test(c.name) && !eraOutlines.has(c.name)) eraOutlines.set(c.name, c);
      if (c.kind !== 'policy' || c.rule !== 'policy.title') continue;
      for (const kind of ['outline', 'proposals'] as const) if (FULL[kind].test(c.name) && !full[kind].has(c.name)) full[kind].set(c.name, c);
    }
  }
  if (full.outline.size === 0) for (const [name, c] of eraOutlines) full.outline.set(name, c);
  // the outline named by its era (“十五五”规划纲要, PolicyEraPlanRule) is that title too, the draft marker or not
  const [outline] = full.outline.size === 1 ? [...full.outline.keys()] : [];
  const sameOutline = (c: Candidate) => outline !== undefined && c.kind === 'policy' && c.rule === 'policy.eraPlan' && c.name !== outline && undrafted(c.name) === undrafted(outline);
  return passages.map((p) => {
    const ctx = p.context;
    const entities = p.entities.map((c) => (sameOutline(c) ? { ...c, name: outline! } : c));
    const added: Candidate[] = [];
    for (const m of ctx.text.matchAll(ALIAS)) {
      const titles = full[kindOf(m[1])];
      if (titles.size !== 1) continue;
      const [name, source] = [...titles][0];
      const [s, e] = [ctx.passage.start + m.index, ctx.passage.start + m.index + m[0].length];
      if (entities.some((o) => o.kind !== 'metric' && o.start < e && s < o.end)) continue;
      added.push(spanCandidate(ctx, 'policy', 'policy.titleAlias', m.index, m.index + m[0].length, { name, fields: source.fields }));
    }
    return added.length === 0 ? entities : [...entities, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  });
});
