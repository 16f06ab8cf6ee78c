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
  // a place, not an enterprise, opens the name
  { text: '万州机场T2航站楼完成建设', mentions: [{ kind: 'project', text: '万州机场T2航站楼' }] },
];

describe('ImplementsRule', () => {
  it.each(matches)('links $text', ({ text, mentions, expected }) => expectRelations(ImplementsRule, text, expected, withMentions(mentions)));
  it.each(nonMatches)('finds nothing in $text', ({ text, mentions }) => expectRelations(ImplementsRule, text, [], withMentions(mentions)));
});
