import { AmbiguousRegionRefiner } from '../../../../src/ingest/refiners/AmbiguousRegionRefiner';
import { FalsePositiveContextRefiner } from '../../../../src/ingest/refiners/FalsePositiveContextRefiner';
import { OverlapRefiner } from '../../../../src/ingest/refiners/OverlapRefiner';
import { RegionGazetteerRule } from '../../../../src/ingest/rules/region/RegionGazetteerRule';
import type { HarnessOptions, Mention } from '../../harness';

/** Relation tests: real regions and refiners, hand-placed policies/projects/agencies/metrics, a Chongqing report. */
export function withMentions(mentions: Mention[], region: string | null = '重庆市'): HarnessOptions {
  return {
    meta: { region },
    alsoRules: [RegionGazetteerRule],
    refiners: [FalsePositiveContextRefiner, AmbiguousRegionRefiner, OverlapRefiner],
    mentions,
  };
}
