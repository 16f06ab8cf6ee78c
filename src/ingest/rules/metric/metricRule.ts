import type { Lexicon } from '../../lexicon/Lexicon';
import type { Candidate, EntityRule, PassageContext } from '../Rule';
import { metricCandidate, type MetricParts } from './metricCandidate';
import { metricLexicon, type MetricLexicon } from './metricLexicon';
import { parseMetricValue, storableValue, type MetricValue } from './parseMetricValue';
import { protectedMask } from './protectedMask';
import { valueContext, type ValueContext } from './valueContext';
import { wordsOf } from '../wordsOf';
import type { Word } from '../../text/segment';

/** One passage as every metric rule reads it; built once per `extract` call by metricRule. */
export interface MetricScan {
  ml: MetricLexicon;
  /** the whole lexicon, for the rules that look beyond the metric word lists (places in a 分别 list) */
  lexicon: Lexicon;
  /** the normalised passage text */
  text: string;
  /** protectedMask(text): numbers in quotes, titles and asides are names, not metrics */
  mask: Uint8Array;
  /** the passage's words (jieba), segmented once per passage whichever rule asks first */
  words(): readonly Word[];
  /**
   * Every value of the passage outside the mask that can be a metric, in text order, with how it sits in its
   * sentence. Left out for every rule: numbers too large to be figures (storableValue: 增长 + 400 nines + %) and
   * descriptors (30万吨级, 0—6岁儿童: part of what the noun is). The start of a from–to pair is kept, dated or not
   * (annotation guide: 从1832户增加到3382户 keeps both values).
   */
  values(): Generator<{ v: MetricValue; vc: ValueContext }>;
}

/** What a metric rule yields: a metric candidate's parts; metricRule stamps the rule name and builds the candidate. */
export type MetricDraft = Omit<MetricParts, 'rule'>;

/**
 * The base of the metric rules: sets up the lexicon, text and protected mask of the passage, offers its values,
 * and turns each draft the rule yields into a `metric` candidate stamped with the rule's name, so a rule file holds
 * only its own reading of a value. Example: `metricRule('metric.count', function* ({ values }) { … yield draft })`.
 */
export function metricRule(name: string, find: (scan: MetricScan) => Iterable<MetricDraft>): EntityRule {
  return {
    name,
    kind: 'metric',
    extract(ctx: PassageContext): Candidate[] {
      const ml = metricLexicon(ctx.lexicon);
      const text = ctx.text;
      const mask = protectedMask(text);
      const scan: MetricScan = {
        ml,
        lexicon: ctx.lexicon,
        text,
        mask,
        words: () => wordsOf(ctx),
        *values() {
          for (const m of text.matchAll(ml.value)) {
            const v = parseMetricValue(m);
            if (mask[v.numberStart] || !storableValue(v)) continue;
            const vc = valueContext(text, v, ml);
            if (vc.descriptor) continue;
            yield { v, vc };
          }
        },
      };
      const out: Candidate[] = [];
      for (const draft of find(scan)) out.push(metricCandidate(ctx, ml, mask, { ...draft, rule: name }));
      return out;
    },
  };
}
