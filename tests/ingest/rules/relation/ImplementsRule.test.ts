import { ImplementsRule } from '../../../../src/ingest/rules/relation/ImplementsRule';
import { expectRelations, type ExpectedRelation, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

const I = 'IMPLEMENTS';
const agency = (text: string, kind: string): Mention => ({ kind: 'agency', text, fields: { kind } });

const matches: { text: string; mentions: Mention[]; expected: ExpectedRelation[] }[] = [
  // seed line 13: the company opens the project name
  {
    text: '中科曙光先进数据中心和华为人工智能计算中心项目均已进入试运营阶段',
    mentions: [{ kind: 'project', text: '中科曙光先进数据中心' }, { kind: 'project', text: '华为人工智能计算中心' }],
    expected: [
      { type: I, from: '中科曙光', to: '中科曙光先进数据中心' },
      { type: I, from: '华为', to: '华为人工智能计算中心' },
    ],
  },
  // seed line 26: an SOE, a verb, the project
  {
    text: '国铁集团已完成黔江至吉首高速铁路项目勘察设计招标工作',
    mentions: [agency('国铁集团', 'SOE'), { kind: 'project', text: '黔江至吉首高速铁路', name: '黔江至吉首高铁' }],
    expected: [{ type: I, from: '国铁集团', to: '黔江至吉首高铁' }],
  },
  // 江苏 2026: an institute takes part in building a centre
  {
    text: '推动省产业技术研究院深度参与长三角国家技术创新中心建设',
    mentions: [agency('省产业技术研究院', 'RESEARCH'), { kind: 'project', text: '长三角国家技术创新中心' }],
    expected: [{ type: I, from: '省产业技术研究院', to: '长三角国家技术创新中心' }],
  },
  // 宁夏 2026: a body opens the clause, a verb of carrying out, two policies joined by 和
  {
    text: '政府系统创建“五个纳入”决策机制和“十个到位”工作机制，推进共同体建设有形有感有效落地',
    mentions: [agency('政府系统', 'GOVERNMENT'), { kind: 'policy', text: '“五个纳入”决策机制' }, { kind: 'policy', text: '“十个到位”工作机制' }],
    expected: [
      { type: I, from: '政府系统', to: '“五个纳入”决策机制' },
      { type: I, from: '政府系统', to: '“十个到位”工作机制' },
    ],
  },
  // 广西 2026: a list of bodies opens the clause, words between them and the verb
  {
    text: '自治区党委、政府主要领导挂帅推进“人工智能+”行动',
    mentions: [agency('自治区党委', 'PARTY'), agency('政府', 'GOVERNMENT'), { kind: 'policy', text: '“人工智能+”行动' }],
    expected: [
      { type: I, from: '自治区党委', to: '“人工智能+”行动' },
      { type: I, from: '政府', to: '“人工智能+”行动' },
    ],
  },
  // 辽宁 2026
  {
    text: '党中央继续实施更加积极有为的宏观政策',
    mentions: [agency('党中央', 'PARTY'), { kind: 'policy', text: '更加积极有为的宏观政策' }],
    expected: [{ type: I, from: '党中央', to: '更加积极有为的宏观政策' }],
  },
];

const nonMatches: { text: string; mentions: Mention[] }[] = [
  // a government oversees, it does not build
  { text: '市政府推进重庆东站建设', mentions: [agency('市政府', 'GOVERNMENT'), { kind: 'project', text: '重庆东站' }] },
  // the project before the enterprise
  { text: '重庆东站由国铁集团建设', mentions: [{ kind: 'project', text: '重庆东站' }, agency('国铁集团', 'SOE')] },
  // another clause
  { text: '国铁集团完成招标,重庆东站加快建设', mentions: [agency('国铁集团', 'SOE'), { kind: 'project', text: '重庆东站' }] },
  // no verb between them
  { text: '国铁集团和重庆东站', mentions: [agency('国铁集团', 'SOE'), { kind: 'project', text: '重庆东站' }] },
  // 湖南 2026: the body is what the report's government relies on, not the subject of its clause
  { text: '依托岳麓山实验室开展农业领域教育科技人才一体改革试点', mentions: [agency('岳麓山实验室', 'RESEARCH'), { kind: 'policy', text: '农业领域教育科技人才一体改革试点' }] },
  // 江西 2026: the bodies issued the policies; 的 makes them their authors
  {
    text: '省委和省政府制定出台的关于统筹建立常态化防止返贫致贫机制、实施常态化精准帮扶政策',
    mentions: [agency('省委', 'PARTY'), agency('省政府', 'GOVERNMENT'), { kind: 'policy', text: '防止返贫致贫机制' }, { kind: 'policy', text: '精准帮扶政策' }],
  },
  // seed line 41: a verb of issuing is no carrying out (IssuedByRule)
  { text: '市政府印发《数字重庆建设总体方案》', mentions: [agency('市政府', 'GOVERNMENT'), { kind: 'policy', text: '《数字重庆建设总体方案》' }] },
  // a place, not an enterprise, opens the name
  { text: '万州机场T2航站楼完成建设', mentions: [{ kind: 'project', text: '万州机场T2航站楼' }] },
];

describe('ImplementsRule', () => {
  it.each(matches)('links $text', ({ text, mentions, expected }) => expectRelations(ImplementsRule, text, expected, withMentions(mentions)));
  it.each(nonMatches)('finds nothing in $text', ({ text, mentions }) => expectRelations(ImplementsRule, text, [], withMentions(mentions)));
});
