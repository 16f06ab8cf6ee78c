import { IngestError, IngestErrorCode } from './IngestError';
import type { Lexicon } from './lexicon/Lexicon';
import { loadLexicon } from './lexicon/loadLexicon';
import { nodeId } from './records/nodeId';
import { toRecords, type ExtractedPassage } from './records/toRecords';
import type { PassageRecord, ReportMeta, ReportRecords, SectionRecord } from './records/types';
import { inferReportMeta } from './reportMeta';
import { entityRules, recordRules, refiners, relationRules, reportRefiners } from './rules';
import type { Candidate, EntityRule, PassageContext, RecordRule, Refiner, RelationCandidate, RelationRule, ReportRefiner } from './rules/Rule';
import { normalize } from './text/normalize';
import { splitPassages } from './text/passages';
import { sectionContexts } from './text/sectionPeriods';
import { splitSections } from './text/sections';

export interface ExtractOptions {
  /** default: `loadLexicon()` (seeds/lexicon, cached) */
  lexicon?: Lexicon;
  /** default: the ordered registries of rules/index.ts; tests pass one rule (and no report steps) */
  entityRules?: readonly EntityRule[];
  refiners?: readonly Refiner[];
  reportRefiners?: readonly ReportRefiner[];
  relationRules?: readonly RelationRule[];
  recordRules?: readonly RecordRule[];
  /** called once per candidate: `metric.change extracted at 1234 '…增长4.6%'` */
  debug?: (line: string) => void;
}

/** Everything the engine found, before it became records: what the harness and the tests look at. */
export interface Extraction {
  meta: ReportMeta;
  text: string;
  sections: SectionRecord[];
  passages: PassageRecord[];
  results: (ExtractedPassage & { context: PassageContext })[];
  lexicon: Lexicon;
}

/**
 * The engine, chrono's loop per passage: every entity rule on the normalised passage (its context carries the
 * passage's section and default period, text/sectionPeriods.ts) → stamp rule name and original text, check the span lies in the passage → refiners in order; then the report steps on every passage's refined entities
 * at once (a name found in one passage is a mention where the report writes it again) → relation rules per passage.
 * Relation rules marked `once` keep one (type, from, to) per report: the candidate with the lowest
 * `evidenceRank` (absent = 0), the first among equals, so a rule can prefer better evidence found in a later
 * passage (PartOfRule: 重庆市 over the 重庆 of 重庆英才服务卡). Throws IngestError
 * EMPTY_INPUT on blank text; an exception inside a rule is rethrown naming the rule and passage.
 */
export function extractCandidates(text: string, given: Partial<ReportMeta> = {}, options: ExtractOptions = {}): Extraction {
  if (text.trim().length === 0) throw new IngestError(IngestErrorCode.EMPTY_INPUT, 'report text is empty');
  const lexicon = options.lexicon ?? loadLexicon();
  const rules = options.entityRules ?? entityRules;
  const refine = options.refiners ?? refiners;
  const relate = options.relationRules ?? relationRules;
  const meta = inferReportMeta(text, given, lexicon);
  const sections = splitSections(text, meta.id);
  const passages = splitPassages(text, meta.id, sections, lexicon);
  const where = sectionContexts(passages, sections, meta, lexicon, text);
  // once-relations: the kept candidate per (rule, type, from, to) and the ones a better-ranked later one replaced
  const onceBest = new Map<string, { rel: RelationCandidate; rank: number }>();
  const replaced = new Set<RelationCandidate>();
  const order = new Map(rules.map((r, i) => [r.name, i]));
  const ruleRank = (name: string): number => order.get(name) ?? rules.length;
  let read = passages.map((passage, i) => {
    const context: PassageContext = { passage, text: normalize(passage.text), report: meta, lexicon, section: where[i], ruleRank };
    let entities: Candidate[] = [];
    for (const rule of rules) {
      for (const c of guard(rule.name, passage, () => rule.extract(context))) {
        entities.push(stamp(c, rule.name, passage, text, options.debug));
      }
    }
    entities.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const refiner of refine) entities = guard(refiner.name, passage, () => refiner.refine(context, entities));
    return { context, entities };
  });
  // report steps see every passage's refined entities at once; what they add is checked and stamped like a rule's
  for (const step of options.reportRefiners ?? reportRefiners) {
    const lists = guardReport(step.name, meta.id, () => step.refine(read));
    read = read.map((r, i) => {
      const before = new Set(r.entities);
      const entities = lists[i].map((c) => (before.has(c) ? c : stamp(c, c.rule, r.context.passage, text, options.debug)));
      return { context: r.context, entities };
    });
  }
  const results: Extraction['results'] = [];
  for (const { context, entities } of read) {
    const { passage } = context;
    const relations: RelationCandidate[] = [];
    for (const rule of relate) {
      for (const r of guard(rule.name, passage, () => rule.extract(context, entities))) {
        const rel = { ...r, rule: rule.name };
        if (rule.once) {
          const key = `${rule.name}|${r.type}|${nodeId(r.from, meta.id)}|${nodeId(r.to, meta.id)}`;
          const rank = r.evidenceRank ?? 0;
          const prev = onceBest.get(key);
          if (prev && prev.rank <= rank) continue;
          if (prev) replaced.add(prev.rel);
          onceBest.set(key, { rel, rank });
        }
        relations.push(rel);
      }
    }
    results.push({ passage, context, entities, relations });
  }
  if (replaced.size > 0) for (const r of results) r.relations = r.relations.filter((x) => !replaced.has(x));
  return { meta, text, sections, passages, results, lexicon };
}

/**
 * Turns one report's text into graph records: report, sections, passages, nodes and edges with provenance.
 * Pure: reads only seeds/lexicon (once per process). `meta` fields given win over inferred ones.
 * Example: `extractReport(fs.readFileSync('seeds/chongqing-….txt', 'utf8'), { sourceFile: 'chongqing-….txt' })`.
 */
export function extractReport(text: string, meta: Partial<ReportMeta> = {}, options: ExtractOptions = {}): ReportRecords {
  const x = extractCandidates(text, meta, options);
  const records = toRecords({ meta: x.meta, text, sections: x.sections, passages: x.passages, extracted: x.results, lexicon: x.lexicon });
  return (options.recordRules ?? recordRules).reduce((r, rule) => rule.complete(r, x.lexicon), records);
}

function stamp(c: Candidate, rule: string, passage: PassageRecord, text: string, debug?: (line: string) => void): Candidate {
  if (!(c.start >= passage.start && c.end <= passage.end && c.start < c.end)) {
    throw new Error(`${rule} returned span ${c.start}–${c.end} outside passage ${passage.id} (${passage.start}–${passage.end})`);
  }
  const out = { ...c, rule, text: text.slice(c.start, c.end) };
  debug?.(`${rule} extracted at ${c.start} '${out.text}'`);
  return out;
}

function guardReport<T>(name: string, reportId: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw new Error(`${name} failed on report ${reportId}: ${(err as Error).message}`, { cause: err });
  }
}

function guard<T>(name: string, passage: PassageRecord, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw new Error(`${name} failed on ${passage.id} '${passage.text.slice(0, 40)}…': ${(err as Error).message}`, { cause: err });
  }
}
