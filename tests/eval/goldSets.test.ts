import { evaluate, GOLD_FILES, INDEPENDENT_FILES } from '../../eval/score';
import { loadAnnotations, loadUnits } from '../../eval/gold';

// The gold sets (tests/fixtures/gold/README.md) scored as `npm run eval` scores them. Floors sit a little under the
// measured values of the development sets, so a change that loses recall or precision fails here; raise them when the
// extractor improves. The unseen sets (held-out, blind4, validation) have none: a floor that fails is a signal tuning can read.
const e = evaluate();

const FLOORS = {
  seed: {
    Metric: { precision: 0.98, recall: 0.95 },
    // the national funds every report names (seventh round: 地方政府专项债券, 中央预算内投资) stand unannotated in s28
    Policy: { precision: 0.91, recall: 0.85 },
    Project: { precision: 0.94, recall: 0.84 },
    Region: { precision: 0.95, recall: 0.92 },
    Agency: { precision: 0.97, recall: 0.95 },
  },
  corpus: {
    Metric: { precision: 0.95, recall: 0.9 },
    Policy: { precision: 0.92, recall: 0.79 },
    Project: { precision: 0.93, recall: 0.8 },
    // thirteenth round: a verb no longer opens a name (把握), so 江苏 in the vision “强富美高”新江苏现代化建设 (c068) is
    // read as part of that name, which c068's annotators leave unmarked while marking the place
    Region: { precision: 0.95, recall: 0.9 },
    // international organisations (seventh round) are read inside names too (上合组织“两平台一中心”), unannotated there
    Agency: { precision: 0.92, recall: 0.85 },
  },
  // Drawn and annotated on 2026-11-26 after the first tuning rounds; blind up to commit 3755863, a development set since.
  dev2: {
    Metric: { precision: 0.97, recall: 0.9 },
    // its annotators left one 巩固拓展脱贫攻坚成果 unmarked (d120) that the other samples mark four times of four
    Policy: { precision: 0.89, recall: 0.86 },
    Project: { precision: 0.92, recall: 0.8 },
    Region: { precision: 0.95, recall: 0.71 },
    // likewise 第十届上海合作组织成员国农业部长会议
    Agency: { precision: 0.8, recall: 0.8 },
  },
  // Annotated blind after the fourth tuning round, scored once at 0d89df1, a development set since (5 agencies only).
  blind3: {
    Metric: { precision: 0.95, recall: 0.81 },
    Policy: { precision: 0.85, recall: 0.57 },
    // eighth round: lists of firms' projects (恒力重工二期、鼎际得高端新材料等重大项目) are read
    Project: { precision: 0.94, recall: 0.81 },
    Region: { precision: 0.92, recall: 0.76 },
    Agency: { precision: 0.75, recall: 0.75 },
  },
  // Drawn and annotated in the seventh round, a development set from the start (13 agencies only).
  dev3: {
    Metric: { precision: 0.96, recall: 0.86 },
    Policy: { precision: 0.83, recall: 0.62 },
    Project: { precision: 0.88, recall: 0.66 },
    // eighth round: 皖南 is a place now, inside the zone its annotators read whole (皖南国际文化旅游示范区)
    Region: { precision: 0.88, recall: 0.79 },
    Agency: { precision: 0.75, recall: 0.3 },
  },
  // Drawn and annotated in the eighth round, a development set from the start.
  dev4: {
    Metric: { precision: 0.95, recall: 0.9 },
    Policy: { precision: 0.85, recall: 0.81 },
    Project: { precision: 0.83, recall: 0.5 },
    // precision 0.79 until the major rivers counted at two characters: three of them stand inside works dev4's
    // annotators took as projects (辽河干流堤防) that no rule reads yet, while the other development sets gained seven
    Region: { precision: 0.75, recall: 0.83 },
    Agency: { precision: 0.89, recall: 0.85 },
  },
  // Drawn and annotated in the eighth round, while dev4's classes were worked on; a development set from the start.
  dev5: {
    Metric: { precision: 0.96, recall: 0.86 },
    Policy: { precision: 0.86, recall: 0.81 },
    Project: { precision: 0.85, recall: 0.5 },
    Region: { precision: 0.77, recall: 0.74 },
    Agency: { precision: 0.87, recall: 0.62 },
  },
  // Drawn and annotated at the start of the tenth round; a development set from the start. Its Region recall counts
  // ten scope words (全国, 全省) one of its annotators marked as places.
  dev6: {
    Metric: { precision: 0.95, recall: 0.83 },
    Policy: { precision: 0.86, recall: 0.56 },
    Project: { precision: 0.7, recall: 0.47 },
    Region: { precision: 0.7, recall: 0.64 },
    Agency: { precision: 0.87, recall: 0.65 },
  },
  // Drawn and annotated part-way through the tenth round, while dev6's classes were worked on; a development set from
  // the start.
  dev7: {
    Metric: { precision: 0.95, recall: 0.83 },
    Policy: { precision: 0.83, recall: 0.58 },
    Project: { precision: 0.8, recall: 0.15 },
    Region: { precision: 0.73, recall: 0.55 },
    Agency: { precision: 0.68, recall: 0.45 },
  },
  // Drawn and annotated at the start of the eleventh round, scored once blind at e615bd3 (the floors sit under that
  // first scoring); a development set from the start.
  dev8: {
    Metric: { precision: 0.95, recall: 0.92 },
    Policy: { precision: 0.7, recall: 0.6 },
    Project: { precision: 0.63, recall: 0.33 },
    Region: { precision: 0.66, recall: 0.52 },
    Agency: { precision: 0.65, recall: 0.55 },
  },
  // Drawn and annotated at the start of the seventeenth round, scored once blind at c00a7a2 (Metric 0.952 / 0.938,
  // Policy 0.899 / 0.795, Project 0.632 / 0.353, Region 0.694 / 0.658, Agency 1.000 / 0.550); a development set from
  // the start.
  dev9: {
    Metric: { precision: 0.93, recall: 0.91 },
    Policy: { precision: 0.87, recall: 0.77 },
    Project: { precision: 0.6, recall: 0.33 },
    Region: { precision: 0.66, recall: 0.62 },
    Agency: { precision: 0.95, recall: 0.5 },
  },
  // Drawn and annotated part-way through the seventeenth round, while dev9's classes were worked on, scored once
  // blind at a7da3dc (Metric 1.000 / 0.924, Policy 0.865 / 0.646, Project 0.882 / 0.484, Region 0.775 / 0.721, Agency
  // 0.818 / 0.500); a development set from the start.
  dev10: {
    Metric: { precision: 0.97, recall: 0.9 },
    Policy: { precision: 0.84, recall: 0.62 },
    Project: { precision: 0.85, recall: 0.45 },
    Region: { precision: 0.75, recall: 0.7 },
    Agency: { precision: 0.78, recall: 0.47 },
  },
  // Drawn and annotated at the start of the eighteenth round, scored once blind at 59ceb17 (Metric 1.000 / 0.915,
  // Policy 0.857 / 0.729, Project 0.750 / 0.329, Region 0.457 / 0.618, Agency 1.000 / 0.577); a development set from
  // the start.
  dev11: {
    Metric: { precision: 0.97, recall: 0.88 },
    Policy: { precision: 0.82, recall: 0.7 },
    Project: { precision: 0.72, recall: 0.3 },
    Region: { precision: 0.43, recall: 0.59 },
    Agency: { precision: 0.95, recall: 0.55 },
  },
  // Drawn and annotated at the start of the nineteenth round, scored once blind at c459434 (Metric 1.000 / 0.873,
  // Policy 0.919 / 0.680, Project 0.917 / 0.468, Region 0.750 / 0.720, Agency 0.769 / 0.588); a development set from
  // the start.
  dev12: {
    Metric: { precision: 0.97, recall: 0.84 },
    Policy: { precision: 0.88, recall: 0.65 },
    Project: { precision: 0.88, recall: 0.44 },
    Region: { precision: 0.72, recall: 0.69 },
    Agency: { precision: 0.74, recall: 0.56 },
  },
  // Drawn and annotated at the start of the twentieth round, scored once blind at 8132329 (Metric 0.985 / 0.853,
  // Policy 0.872 / 0.647, Project 0.720 / 0.429, Region 0.594 / 0.864, Agency 0.929 / 0.813); a development set from
  // the start.
  dev13: {
    Metric: { precision: 0.95, recall: 0.82 },
    Policy: { precision: 0.84, recall: 0.62 },
    Project: { precision: 0.69, recall: 0.4 },
    Region: { precision: 0.56, recall: 0.83 },
    Agency: { precision: 0.9, recall: 0.78 },
  },
  // Drawn and annotated part-way through the twentieth round, while dev13's classes were worked on, scored once blind
  // at 6f2c2b2 (Metric 0.919 / 0.840, Policy 0.864 / 0.660, Project 0.810 / 0.447, Region 0.657 / 0.793, Agency
  // 0.706 / 0.571); a development set from the start.
  dev14: {
    Metric: { precision: 0.89, recall: 0.81 },
    Policy: { precision: 0.83, recall: 0.63 },
    Project: { precision: 0.78, recall: 0.42 },
    Region: { precision: 0.62, recall: 0.76 },
    Agency: { precision: 0.67, recall: 0.54 },
  },
  // Drawn and annotated at the start of the twenty-first round, scored once blind at 0c68cd5 (Metric 1.000 / 0.880,
  // Policy 0.805 / 0.653, Project 0.789 / 0.417, Region 0.677 / 0.808, Agency 0.909 / 0.667); a development set from
  // the start.
  dev15: {
    Metric: { precision: 0.97, recall: 0.85 },
    Policy: { precision: 0.77, recall: 0.62 },
    Project: { precision: 0.75, recall: 0.39 },
    Region: { precision: 0.64, recall: 0.77 },
    Agency: { precision: 0.87, recall: 0.63 },
  },
  // Drawn and annotated part-way through the twenty-first round, while dev15's classes were worked on, scored once
  // blind at 4f1e685 (Metric 1.000 / 0.949, Policy 0.889 / 0.646, Project 0.800 / 0.429, Region 0.583 / 0.750, Agency
  // 0.913 / 0.840; the same at the round's start, 0c68cd5), after j109's 5万家 was pointed at its second occurrence
  // (the first is inside 3.5万家); a development set from the start.
  dev16: {
    Metric: { precision: 0.97, recall: 0.92 },
    Policy: { precision: 0.85, recall: 0.61 },
    Project: { precision: 0.76, recall: 0.4 },
    Region: { precision: 0.55, recall: 0.71 },
    Agency: { precision: 0.88, recall: 0.8 },
  },
  // Drawn and annotated at the start of the twenty-second round, scored once blind at 75c3593 (Metric 1.000 / 0.899,
  // Policy 0.873 / 0.758, Project 0.632 / 0.522, Region 0.756 / 0.705, Agency 1.000 / 0.650); a development set from
  // the start.
  dev17: {
    Metric: { precision: 0.97, recall: 0.87 },
    Policy: { precision: 0.84, recall: 0.72 },
    Project: { precision: 0.59, recall: 0.48 },
    Region: { precision: 0.72, recall: 0.67 },
    Agency: { precision: 0.95, recall: 0.6 },
  },
  // Drawn and annotated part-way through the twenty-second round, while dev17's classes were worked on, scored once
  // blind at f11a1f1 (Metric 0.988 / 0.904, Policy 0.771 / 0.696, Project 0.875 / 0.438, Region 0.815 / 0.815, Agency
  // 0.783 / 0.667; the same at the round's start, 75c3593); a development set from the start.
  dev18: {
    Metric: { precision: 0.95, recall: 0.87 },
    Policy: { precision: 0.73, recall: 0.66 },
    Project: { precision: 0.83, recall: 0.4 },
    Region: { precision: 0.77, recall: 0.77 },
    Agency: { precision: 0.74, recall: 0.62 },
  },
  // Drawn and annotated at the start of the twenty-third round, scored once blind at 54049f9 (Metric 0.954 / 0.939,
  // Policy 0.806 / 0.771, Project 0.719 / 0.605, Region 0.679 / 0.655, Agency 0.950 / 0.679); a development set from
  // the start.
  dev19: {
    Metric: { precision: 0.92, recall: 0.9 },
    Policy: { precision: 0.77, recall: 0.73 },
    Project: { precision: 0.68, recall: 0.56 },
    Region: { precision: 0.64, recall: 0.62 },
    Agency: { precision: 0.9, recall: 0.64 },
  },
  // Drawn and annotated with dev19, scored once blind at 54049f9 (Metric 0.950 / 0.934, Policy 0.800 / 0.680, Project
  // 0.824 / 0.275, Region 0.721 / 0.689, Agency 0.867 / 0.765); a development set from the start.
  dev20: {
    Metric: { precision: 0.91, recall: 0.89 },
    Policy: { precision: 0.76, recall: 0.64 },
    Project: { precision: 0.78, recall: 0.24 },
    Region: { precision: 0.68, recall: 0.65 },
    Agency: { precision: 0.82, recall: 0.72 },
  },
  // Drawn and annotated at the start of the twenty-fourth round, scored once blind at aeaaad3 (Metric 1.000 / 0.984,
  // Policy 0.797 / 0.759, Project 0.944 / 0.654, Region 0.900 / 0.667, Agency 0.950 / 0.864); a development set from
  // the start.
  dev21: {
    Metric: { precision: 0.96, recall: 0.94 },
    Policy: { precision: 0.76, recall: 0.72 },
    Project: { precision: 0.9, recall: 0.61 },
    Region: { precision: 0.86, recall: 0.62 },
    Agency: { precision: 0.9, recall: 0.82 },
  },
  // Drawn and annotated with dev21, scored once blind at aeaaad3 (Metric 0.957 / 0.880, Policy 0.859 / 0.745, Project
  // 0.850 / 0.607, Region 0.842 / 0.533, Agency 0.882 / 0.600); a development set from the start.
  dev22: {
    Metric: { precision: 0.92, recall: 0.84 },
    Policy: { precision: 0.82, recall: 0.7 },
    Project: { precision: 0.8, recall: 0.56 },
    Region: { precision: 0.8, recall: 0.49 },
    Agency: { precision: 0.84, recall: 0.56 },
  },
  // Drawn and annotated at the start of the twenty-fifth round, scored once blind at 44b23e4 (Metric 0.931 / 0.915,
  // Policy 0.718 / 0.629, Project 0.826 / 0.500, Region 0.579 / 0.767, Agency 0.815 / 0.688); a development set from
  // the start.
  dev23: {
    Metric: { precision: 0.89, recall: 0.87 },
    Policy: { precision: 0.68, recall: 0.59 },
    Project: { precision: 0.78, recall: 0.46 },
    Region: { precision: 0.54, recall: 0.72 },
    Agency: { precision: 0.77, recall: 0.64 },
  },
  // Drawn and annotated with dev23, scored once blind at 44b23e4 (Metric 0.973 / 0.936, Policy 0.831 / 0.632, Project
  // 0.818 / 0.360, Region 0.552 / 0.667, Agency 0.815 / 0.647); a development set from the start.
  dev24: {
    Metric: { precision: 0.93, recall: 0.89 },
    Policy: { precision: 0.79, recall: 0.59 },
    Project: { precision: 0.77, recall: 0.32 },
    Region: { precision: 0.51, recall: 0.62 },
    Agency: { precision: 0.77, recall: 0.6 },
  },
} as const;

// Relations are scored on the seed report, the only set with enough of them to mean something. Its precision counts
// a title's subject place as wrong where its annotators left it out (s41's 成渝地区双城经济圈, marked on s20).
const RELATION_FLOOR = { precision: 0.9, recall: 0.84 };

describe('extraction against the blind gold sets', () => {
  it.each(['seed', 'corpus', 'heldout', 'dev2', 'blind3', 'blind4', 'validation', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24'] as const)('every %s annotation points at its text', (set) => {
    const units = loadUnits(set);
    const gold = loadAnnotations(GOLD_FILES[set], units);
    expect(gold.size).toBe(units.length);
    for (const { unit, items } of gold.values()) for (const i of items) expect(i.start >= unit.start && i.end <= unit.end).toBe(true);
  });

  // an annotation names its mention by text and occurrence, so a wrong occurrence puts 6％ inside 30.6％ (dev7 g139,
  // corpus c080 until the twelfth round): the figure then counts as missed wherever the extractor reads it
  it.each(['seed', 'corpus', 'heldout', 'dev2', 'blind3', 'blind4', 'validation', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24'] as const)('no %s metric mention starts inside a longer number', (set) => {
    const units = loadUnits(set);
    const text = new Map(units.map((u) => [u.id, u]));
    const inside: string[] = [];
    for (const { unit, items } of loadAnnotations(GOLD_FILES[set], units).values()) {
      const u = text.get(unit.id)!;
      for (const i of items) if (i.type === 'Metric' && /^[\d０-９]/.test(i.text) && /[\d.．０-９]/.test(u.text[i.start - u.start - 1] ?? '')) inside.push(`${unit.id} ${i.text}`);
    }
    expect(inside).toEqual([]);
  });

  it.each(['blind4', 'validation'] as const)('both independent annotations of %s point at their text and cover every unit', (set) => {
    const units = loadUnits(set);
    for (const files of INDEPENDENT_FILES[set]) {
      const gold = loadAnnotations(files, units);
      expect(gold.size).toBe(units.length);
      for (const { unit, items } of gold.values()) for (const i of items) expect(i.start >= unit.start && i.end <= unit.end).toBe(true);
    }
  });

  it.each(Object.entries(FLOORS).flatMap(([set, types]) => Object.entries(types).map(([type, f]) => [set, type, f] as const)))(
    '%s %s stays at or above its floors',
    (set, type, floor) => {
      const s = e[set as keyof typeof FLOORS].entities[type];
      expect({ type, precision: s.precision >= floor.precision, recall: s.recall >= floor.recall }).toEqual({ type, precision: true, recall: true });
    },
  );

  it('seed relations stay at or above their floor', () => {
    const r = e.seed.relations.ALL;
    expect({ precision: r.precision >= RELATION_FLOOR.precision, recall: r.recall >= RELATION_FLOOR.recall }).toEqual({ precision: true, recall: true });
  });

  it('finds every 《》 document of the seed report', () => {
    expect(e.seed.documents.recall).toBe(1);
  });
});
