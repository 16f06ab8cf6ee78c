import { extractCandidates, type Extraction } from '../../src/ingest/extract';
import { loadLexicon } from '../../src/ingest/lexicon/loadLexicon';
import type { ReportMeta } from '../../src/ingest/records/types';
import type { Candidate, CandidateKind, EntityRule, PassageContext, Refiner, RelationRule, ReportRefiner } from '../../src/ingest/rules/Rule';
import { normalize } from '../../src/ingest/text/normalize';
import { seedMeta } from './seedReport';

/** One expected candidate: its original text and absolute start (end = start + text.length); name/fields if given. */
export interface ExpectedCandidate {
  text: string;
  start: number;
  name?: string;
  /** compared as a subset: only the keys given are checked */
  fields?: Record<string, unknown>;
  /** the rule's working notes for the refiners, compared as a subset too */
  work?: Record<string, unknown>;
}

/** A hand-placed mention for relation tests: the `occurrence`-th (0-based) `text` in the fragment becomes a candidate. */
export interface Mention {
  kind: CandidateKind;
  text: string;
  name?: string;
  occurrence?: number;
  fields?: Candidate['fields'];
}

export interface HarnessOptions {
  /** report metadata for the fragment (default `{ id: 'test' }`, region etc. inferred from the fragment) */
  meta?: Partial<ReportMeta>;
  /** refiners run after the rule (default none: a rule test sees the rule's raw output) */
  refiners?: readonly Refiner[];
  /** extra entity rules run beside the one under test (e.g. RegionGazetteerRule for context) */
  alsoRules?: readonly EntityRule[];
  /** report steps run after the refiners (default none) */
  reportRefiners?: readonly ReportRefiner[];
  /** hand-placed candidates, for kinds whose rules are not under test */
  mentions?: readonly Mention[];
}

export interface ExpectedRelation {
  type: string;
  /** the `from` and `to` candidates' names */
  from: string;
  to: string;
}

/** Runs rules through the real engine on `text` (the fragment is the whole report) with the real lexicon. */
export function run(rules: readonly EntityRule[], text: string, options: HarnessOptions = {}, relationRules: readonly RelationRule[] = []): Extraction {
  return extractCandidates(text, { id: 'test', ...options.meta }, {
    lexicon: loadLexicon(),
    entityRules: [...rules, ...(options.alsoRules ?? []), ...(options.mentions ? [mentionRule(text, options.mentions)] : [])],
    refiners: options.refiners ?? [],
    reportRefiners: options.reportRefiners ?? [],
    relationRules,
  });
}

/**
 * One passage `text` starting at offset `start` of its report, with the real lexicon and normalisation; the report
 * is the seed report unless `meta` says otherwise. For tests that need a passage at a real offset of a report
 * (which a fragment run through the engine, where it is the whole report, cannot have) or a fragment kept whole.
 */
export function passageContext(text: string, options: { meta?: Partial<ReportMeta>; start?: number } = {}): PassageContext {
  const meta = { ...seedMeta, ...options.meta };
  const start = options.start ?? 0;
  return {
    passage: { id: `${meta.id}#p`, reportId: meta.id, sectionId: null, order: 0, start, end: start + text.length, text },
    text: normalize(text),
    report: meta,
    lexicon: loadLexicon(),
  };
}

/** Runs `rules` then `refiners` over one passage as the engine does: rule names stamped, sorted by span, refined in order. */
export function runPassage(rules: readonly EntityRule[], refiners: readonly Refiner[], ctx: PassageContext): Candidate[] {
  const order = new Map(rules.map((r, i) => [r.name, i]));
  ctx = { ...ctx, ruleRank: (name) => order.get(name) ?? rules.length };
  let found = rules.flatMap((r) => r.extract(ctx).map((c) => ({ ...c, rule: r.name })));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of refiners) found = refiner.refine(ctx, found);
  return found;
}

/** The candidates of `rule` (after `options.refiners`) on `text`, in text order. */
export function runRule(rule: EntityRule, text: string, options: HarnessOptions = {}): Candidate[] {
  return run([rule], text, options)
    .results.flatMap((r) => r.entities)
    .filter((c) => c.rule === rule.name);
}

/**
 * Asserts that `rule` extracts exactly `expected` from `text` — same count, same texts, same absolute spans, and
 * the given names and fields — and on failure prints every candidate with its rule and span.
 */
export function expectExtracts(rule: EntityRule, text: string, expected: readonly ExpectedCandidate[], options: HarnessOptions = {}): void {
  const got = runRule(rule, text, options);
  const shown = got.map((c) => ({ text: c.text, start: c.start, end: c.end, name: c.name, rule: c.rule, fields: c.fields, work: c.work }));
  const actual = got.map((c, i) => {
    const e = expected[i];
    return {
      text: c.text,
      start: c.start,
      end: c.end,
      ...(e?.name !== undefined ? { name: c.name } : {}),
      ...(e?.fields ? { fields: pick(c.fields, Object.keys(e.fields)) } : {}),
      ...(e?.work ? { work: pick({ ...c.work }, Object.keys(e.work)) } : {}),
    };
  });
  const wanted = expected.map((e) => ({
    text: e.text,
    start: e.start,
    end: e.start + e.text.length,
    ...(e.name !== undefined ? { name: e.name } : {}),
    ...(e.fields ? { fields: e.fields } : {}),
    ...(e.work ? { work: e.work } : {}),
  }));
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    throw new Error(`${rule.name} on '${text}'\nexpected ${JSON.stringify(wanted, null, 1)}\ngot ${JSON.stringify(shown, null, 1)}`);
  }
}

/** Asserts that `rule` finds nothing in `text`. */
export function expectNothing(rule: EntityRule, text: string, options: HarnessOptions = {}): void {
  expectExtracts(rule, text, [], options);
}

/**
 * Runs every entity rule of `options` (mentions + alsoRules), the given refiners, then `relationRule`, and asserts
 * the relations it emits are exactly `expected` (type, from name, to name), in order.
 */
export function expectRelations(relationRule: RelationRule, text: string, expected: readonly ExpectedRelation[], options: HarnessOptions = {}): void {
  const got = run([], text, options, [relationRule])
    .results.flatMap((r) => r.relations)
    .map((r) => ({ type: r.type as string, from: r.from.name, to: r.to.name }));
  expect(got).toEqual(expected);
}

function pick(fields: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, fields[k]]));
}

function mentionRule(text: string, mentions: readonly Mention[]): EntityRule {
  return {
    name: 'test.mention',
    kind: 'project',
    extract(ctx) {
      const out: Candidate[] = [];
      for (const m of mentions) {
        let at = -1;
        for (let i = 0; i <= (m.occurrence ?? 0); i++) at = text.indexOf(m.text, at + 1);
        if (at < 0) throw new Error(`mention '${m.text}' not in the fragment`);
        if (at < ctx.passage.start || at + m.text.length > ctx.passage.end) continue;
        out.push({ kind: m.kind, rule: 'test.mention', text: m.text, start: at, end: at + m.text.length, name: m.name ?? m.text, fields: m.fields ?? {} });
      }
      return out;
    },
  };
}
