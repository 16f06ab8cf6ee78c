import { PolicyOverlapRefiner } from '../../../../src/ingest/rules/policy/PolicyOverlapRefiner';
import { overlapTable, type OverlapRow } from '../overlapTable';

// Run through the policy pipeline (every policy rule, then the policy refiners). Fragments are real text; the seed
// report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus seeds/reports (2026 provincial
// reports). Offsets are relative to the fragment (passage.start = 0).
const collapses: OverlapRow[] = [
  // 安徽 2026: three touching measures; the first is the slogan rule's and the gazetteer's on one span, one policy
  {
    fragment: '深化“高效办成一件事”“综合查一次”“跨域通办”等改革，',
    expected: [
      { rule: 'policy.slogan', text: '“高效办成一件事”', start: 2, name: '高效办成一件事' },
      { rule: 'policy.slogan', text: '“综合查一次”', start: 11, name: '综合查一次' },
      { rule: 'policy.slogan', text: '“跨域通办”', start: 18, name: '跨域通办' },
    ],
  },
  // 贵州 2026: quoted, slogan and named readings of one programme; on equal spans the earlier rule (quoted) stays
  {
    fragment: '深入实施“六六就业稳岗计划”，开展',
    expected: [{ rule: 'policy.quoted', text: '“六六就业稳岗计划”', start: 4, name: '六六就业稳岗计划', fields: { kind: 'PROGRAM' } }],
  },
  // 河南 2026: the quoted gazetteer name is longer than the bare named reading inside it
  { fragment: '用好“千万工程”经验，加快建设国家', expected: [{ rule: 'policy.gazetteer', text: '“千万工程”', start: 2, name: '千万工程', fields: { kind: 'PROGRAM' } }] },
  // 浙江 2026: equal spans of the quoted and named rules: one policy
  { fragment: '实施“县中振兴”行动，健全', expected: [{ rule: 'policy.quoted', text: '“县中振兴”行动', start: 2, name: '“县中振兴”行动' }] },
  // 吉林 2026: the whole measure with its qualifier swallows the gazetteer's “以旧换新”
  {
    fragment: '继续实施消费品“以旧换新”政策，优化支持范围和',
    expected: [{ rule: 'policy.quoted', text: '消费品“以旧换新”政策', start: 4, name: '消费品“以旧换新”政策', fields: { kind: 'MEASURES' } }],
  },
  // 江西 2026: the named reading with its subject (货运企业) is longer than the quoted one
  {
    fragment: '货运企业“三上门两加强”行动和防溺水等工作取得积',
    expected: [{ rule: 'policy.named', text: '货运企业“三上门两加强”行动', start: 0, name: '货运企业“三上门两加强”行动' }],
  },
  // seed line 49: four readings (one a prefix, 健康中国重庆行动) of one quoted programme
  {
    fragment: '持续开展“健康中国重庆行动15+2专项行动”,开工',
    expected: [{ rule: 'policy.quoted', text: '“健康中国重庆行动15+2专项行动”', start: 4, name: '健康中国重庆行动15+2专项行动' }],
  },
];

const keeps: OverlapRow[] = [
  // seed line 10: two quoted measures that touch (one ends where the next starts) do not overlap
  {
    fragment: '入实施“就在山城”“渝创渝新”等就业创业',
    expected: [
      { rule: 'policy.slogan', text: '“就在山城”', start: 3, name: '就在山城' },
      { rule: 'policy.slogan', text: '“渝创渝新”', start: 9, name: '渝创渝新' },
    ],
  },
  // seed line 16: a single reading passes through
  { fragment: '大力实施创新驱动发展战略,加快打造', expected: [{ rule: 'policy.named', text: '创新驱动发展战略', start: 4, name: '创新驱动发展战略' }] },
];

describe('PolicyOverlapRefiner', () => overlapTable('policy', PolicyOverlapRefiner, { collapses, keeps }));
