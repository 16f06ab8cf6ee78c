/**
 * What a relationship rests on. Stated by the text: `clause`, `adjacent` and `locative` (a verb frame, two names
 * side by side, 位于/落户), and `title`, a policy whose name says the place it is for (《推动成渝地区双城经济圈建设
 * 行动方案》 → 成渝地区双城经济圈, 美丽浙江 → 浙江省): the quoted name holds both ends, and the annotation guide reads
 * it as stated. Derived, with no statement of their own: the jurisdiction that opens a policy's title (《重庆市…方案》
 * → 重庆市 says whose policy it is, not that it supports the place), a place read off a project's or agency's name
 * (万州江南密溪沟污水处理厂 → 万州区; the guide does not count a place inside such a name as a mention), a route
 * abbreviation (渝昆高铁 → 昆明市), the gazetteer's hierarchy (万州区 → 重庆市) or the report's own region (a figure
 * with no place named). A derived fact's sources cite what it was derived from, flagged `derived`, never as a
 * mention of its own.
 */
export const RelationBasis = {
  CLAUSE: 'clause',
  ADJACENT: 'adjacent',
  LOCATIVE: 'locative',
  NAME: 'name',
  TITLE: 'title',
  JURISDICTION: 'jurisdiction',
  ABBREVIATION: 'abbreviation',
  GAZETTEER: 'gazetteer',
  REPORT: 'report',
} as const;
export type RelationBasis = (typeof RelationBasis)[keyof typeof RelationBasis];

const DERIVED = new Set<string>([RelationBasis.NAME, RelationBasis.JURISDICTION, RelationBasis.ABBREVIATION, RelationBasis.GAZETTEER, RelationBasis.REPORT]);

/**
 * How sure a relationship of each basis is, for users who filter edges (`confidence >= 0.8`): a verb frame in one
 * clause is the strongest statement; names side by side are nearly as good; a name or title implies the place but
 * says nothing else; the gazetteer is certain about geography though no sentence states it; a figure assigned to the
 * report's region only because no other place is named is the weakest.
 */
const CONFIDENCE: Record<RelationBasis, number> = {
  clause: 0.9,
  locative: 0.9,
  adjacent: 0.85,
  gazetteer: 0.95,
  name: 0.8,
  title: 0.75,
  jurisdiction: 0.75,
  abbreviation: 0.7,
  report: 0.6,
};

/** Whether a relationship of this basis is derived rather than stated (unknown bases count as stated). */
export function isDerived(basis: string | undefined): boolean {
  return basis !== undefined && DERIVED.has(basis);
}

/** The confidence of a basis; a rule that names none is read as a clause statement. */
export function basisConfidence(basis: string | undefined): number {
  return CONFIDENCE[(basis ?? RelationBasis.CLAUSE) as RelationBasis] ?? CONFIDENCE.clause;
}
