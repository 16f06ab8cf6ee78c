import { RegionIndex } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate, RelationRule } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { clauseBounds, spanOf } from './relationHelpers';

/**
 * Says what a metric is about: the nearest region or project that starts before the metric ends within the
 * metric's clause (`川渝高竹新区累计入驻企业182户` → 川渝高竹新区; a region inside the metric span counts), else the
 * report's own region (`地区生产总值同比增长4.6%` in the Chongqing report → 重庆市). A region in another clause
 * or after the metric is not its subject. No report region and nothing in the clause → no relation.
 * Example (seed line 29): `川渝高竹新区累计入驻企业182户、投产77户` → metric MEASURES 川渝高竹新区.
 */
export const MeasuresRule: RelationRule = {
  name: 'relation.measures',
  extract(ctx: PassageContext, entities: readonly Candidate[]): RelationCandidate[] {
    const index = RegionIndex.of(ctx.lexicon);
    const own = ctx.report.region ? index.byName(ctx.report.region) : undefined;
    const out: RelationCandidate[] = [];
    for (const m of entities) {
      if (m.kind !== 'metric') continue;
      const [cs] = clauseBounds(ctx, m.start);
      let subject: Candidate | undefined;
      for (const e of entities) {
        if ((e.kind !== 'region' && e.kind !== 'project') || e.start < cs || e.start >= m.end || e.end > m.end) continue;
        if (!subject || e.start > subject.start) subject = e;
      }
      if (subject) {
        out.push({ type: RelType.MEASURES, from: m, to: subject, rule: this.name, ...spanOf(subject, m), fields: {} });
      } else if (own) {
        const to = regionEndpoint(own, m, this.name);
        out.push({ type: RelType.MEASURES, from: m, to, rule: this.name, start: m.start, end: m.end, fields: { implicit: true } });
      }
    }
    return out;
  },
};
