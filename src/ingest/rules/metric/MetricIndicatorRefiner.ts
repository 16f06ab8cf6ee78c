import { loadIndicators } from '../../indicators/loadIndicators';
import { matchIndicator } from '../../indicators/matchIndicator';
import { structuredPeriod } from '../../indicators/structuredPeriod';
import { refiner } from '../defineRule';

const SENTENCE_END = /[。!?]/;

/**
 * Gives every metric what comparisons need: `indicator`, the id of the catalogue entry its subject and unit map to
 * (seeds/lexicon/indicators.tsv: 全省地区生产总值 … % → gdp; none for a subject the catalogue does not name), and its
 * period as data — `periodYear`, `periodPart` (FULL_YEAR, H1, Q1–Q4, MONTHS, PLAN_PERIOD, CUMULATIVE),
 * `periodMonths` ([from, to]), `periodPlan` (十四五) and `status` (ACTUAL, TARGET, ESTIMATE) — from its period text,
 * the report, its section and its sentence (indicators/structuredPeriod.ts). The period as written stays in `period`.
 * Runs after MetricTargetRefiner, which settles the kind a TARGET status follows.
 * Example (2026 北京市, 三、2026年重点工作): 地区生产总值增长5%左右 → indicator gdp, periodYear 2026, FULL_YEAR, TARGET.
 */
export const MetricIndicatorRefiner = refiner('metric.indicator', (ctx, candidates) => {
  const catalogue = loadIndicators(ctx.lexicon);
  return candidates.map((c) => {
    if (c.kind !== 'metric') return c;
    const at = c.start - ctx.passage.start;
    let from = at;
    while (from > 0 && !SENTENCE_END.test(ctx.text[from - 1])) from--;
    const sp = structuredPeriod(
      {
        period: typeof c.fields.period === 'string' ? c.fields.period : null,
        reportYear: ctx.report.year,
        reportPeriod: ctx.report.period,
        publishDate: ctx.report.publishDate,
        sectionPeriod: ctx.section?.period ?? null,
        sectionTitles: ctx.section?.titles ?? [],
        kind: typeof c.fields.kind === 'string' ? c.fields.kind : null,
        sentence: ctx.text.slice(from, at + (c.end - c.start)),
        offset: at - from,
      },
      ctx.lexicon,
    );
    const indicator = matchIndicator(c.name, typeof c.fields.unit === 'string' ? c.fields.unit : null, catalogue);
    return {
      ...c,
      fields: {
        ...c.fields,
        ...(indicator ? { indicator } : {}),
        periodYear: sp.year,
        periodPart: sp.part,
        ...(sp.months ? { periodMonths: sp.months } : {}),
        ...(sp.plan ? { periodPlan: sp.plan } : {}),
        status: sp.status,
      },
    };
  });
}, 'metric');
