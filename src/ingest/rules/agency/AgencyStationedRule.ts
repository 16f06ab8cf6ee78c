import { escapeRegExp } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { AgencyKind } from './AgencyKind';

type Kind = (typeof AgencyKind)[keyof typeof AgencyKind];

/** Per province: each stationed form of agency-stationed-bodies.txt written with its abbreviation, and its kind. */
const forms = perLexicon((lex) => {
  const { abbreviations } = lex.data<{ abbreviations: Record<string, string> }>('region-own-abbreviations');
  const kinds = new Set<string>(Object.values(AgencyKind));
  const rows = lex.words('agency-stationed-bodies').map((line) => {
    const [form, kind] = line.split('|').map((s) => s.trim());
    if (!form.includes('{abbr}') || !kinds.has(kind)) throw new Error(`agency-stationed-bodies.txt: bad line ${line}`);
    return { form, kind: kind as Kind };
  });
  return new Map(
    Object.entries(abbreviations).map(([province, abbr]) => {
      const written = rows.map((r) => ({ text: r.form.replace('{abbr}', abbr), kind: r.kind }));
      return [province, { written, pattern: new RegExp(written.map((w) => escapeRegExp(w.text)).join('|'), 'g') }] as const;
    }),
  );
});

/**
 * Bodies a report addresses by the province they are stationed in, its own written with its one-character
 * abbreviation: 向中央驻湘单位 (湖南 2026), 向中央驻藏机构、…、驻藏部队 (西藏 2026). The forms are data
 * (agency-stationed-bodies.txt); only the report's own province's abbreviation is read, as the place rules do (宁 in
 * another report may be 南京 or 宁波). Each mention is named as written: the central units in Hunan are one addressee,
 * not 湖南省. The abbreviation inside stays a mention of the province (RegionOwnAbbreviationRule reads 驻 so), as the
 * development annotators mostly mark it.
 */
export const AgencyStationedRule = entityRule('agency.stationed', 'agency', (ctx, rule) => {
  const own = ctx.report.region ? forms(ctx.lexicon).get(ctx.report.region) : undefined;
  if (!own) return [];
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(own.pattern)) {
    const kind = own.written.find((w) => w.text === m[0])!.kind;
    out.push(spanCandidate(ctx, 'agency', rule, m.index, m.index + m[0].length, { name: m[0], fields: { kind }, work: { holdsPlace: true } }));
  }
  return out;
});
