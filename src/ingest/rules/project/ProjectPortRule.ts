import { RegionIndex } from '../../lexicon/RegionIndex';
import type { Candidate } from '../Rule';
import { projectLexicon } from './projectLexicon';
import { projectStatus } from './projectStatus';
import { ProjectKind } from './ProjectKind';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { wordBoundsOf } from '../wordsOf';

// places too wide to name one port (中国, 东盟)
const NO_PORT_LEVELS = new Set(['country', 'bloc']);
// a phase of the port's works right after it (南沙港五期, 梁山港二期)
const PHASE = /^[一二三四五六七八九十\d]期/;
// 港 that opens another word: a port area (洋浦港区), port facilities (港口), trade with Hong Kong (港澳)
const NOT_PORT = /^[区口澳台资务城股元币人产]/;

/**
 * A port named by its place: one place of the gazetteer, or two side by side (宁波舟山港), then 港 ending a word:
 * 建好青岛港、日照港, 北部湾港通达全球100多个国家, 宁波舟山港集装箱吞吐量, 南沙港五期 (a phase stays in the name).
 * A PORT project; the place inside it is no mention of its own (OverlapRefiner keeps the longer) and LocatedInRule
 * reads it back from the name. Rejects a place whose own name ends in 港 (防城港, 连云港: the gazetteer reads them
 * whole, so no 港 follows), 港 opening another word (洋浦港区, 港口, 港澳) and a place too wide for one port.
 * Example (广西 2026): 北部湾港通达全球100多个国家及地区 → 北部湾港, PORT.
 */
export const ProjectPortRule = entityRule('project.port', 'project', (ctx, rule) => {
  const text = ctx.text;
  if (!text.includes('港')) return [];
  const lex = projectLexicon(ctx.lexicon);
  const { starts, ends } = wordBoundsOf(ctx);
  const places = RegionIndex.of(ctx.lexicon).gazetteer.find(text);
  const out: Candidate[] = [];
  for (const [k, p] of places.entries()) {
    if (text[p.end] !== '港' || NOT_PORT.test(text.slice(p.end + 1)) || !ends.has(p.end + 1)) continue;
    if (p.entries.every((e) => NO_PORT_LEVELS.has(e.entry.level))) continue;
    // two places side by side name one port (宁波舟山港): the first opens it
    const before = places[k - 1];
    const start = before && before.end === p.start && !NO_PORT_LEVELS.has(before.entries[0].entry.level) ? before.start : p.start;
    if (!starts.has(start)) continue;
    const phase = PHASE.exec(text.slice(p.end + 1));
    const end = p.end + 1 + (phase ? phase[0].length : 0);
    const st = projectStatus(text, start, end, lex);
    out.push(spanCandidate(ctx, 'project', rule, start, end, {
      name: text.slice(start, end),
      fields: { kind: ProjectKind.PORT, status: st?.status ?? null, statusText: st?.statusText ?? null },
    }));
  }
  return out;
});
