import { MeasuresRule } from '../../../../src/ingest/rules/relation/MeasuresRule';
import { expectRelations, type ExpectedRelation, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

const M = 'MEASURES';
const rows: { text: string; mentions: Mention[]; expected: ExpectedRelation[]; region?: string | null }[] = [
  // seed line 29: the region opens the clause
  {
    text: '川渝高竹新区累计入驻企业182户、投产77户',
    mentions: [{ kind: 'metric', text: '累计入驻企业182户', name: '入驻企业' }],
    expected: [{ type: M, from: '入驻企业', to: '川渝高竹新区' }],
  },
  // seed line 5: no region in the clause → the report's own region
  {
    text: '地区生产总值同比增长4.6%,规上工业增加值同比增长3.5%',
    mentions: [
      { kind: 'metric', text: '地区生产总值同比增长4.6%', name: '地区生产总值' },
      { kind: 'metric', text: '规上工业增加值同比增长3.5%', name: '规上工业增加值' },
    ],
    expected: [
      { type: M, from: '地区生产总值', to: '重庆市' },
      { type: M, from: '规上工业增加值', to: '重庆市' },
    ],
  },
  // a region inside the metric span is its subject
  {
    text: '重庆经西部陆海新通道运输货物7.8万标箱',
    mentions: [{ kind: 'metric', text: '重庆经西部陆海新通道运输货物7.8万标箱', name: '运输货物' }],
    expected: [{ type: M, from: '运输货物', to: '重庆市' }],
  },
  // the region in an earlier clause is not the subject; the report region is
  {
    text: '川渝高竹新区建设有序推进,新增企业32户',
    mentions: [{ kind: 'metric', text: '新增企业32户', name: '新增企业' }],
    expected: [{ type: M, from: '新增企业', to: '重庆市' }],
  },
  // a project as subject
  {
    text: '市级重点建设项目完成投资2411亿元',
    mentions: [
      { kind: 'project', text: '市级重点建设项目' },
      { kind: 'metric', text: '完成投资2411亿元', name: '完成投资' },
    ],
    expected: [{ type: M, from: '完成投资', to: '市级重点建设项目' }],
  },
];

describe('MeasuresRule', () => {
  it.each(rows)('links $text', ({ text, mentions, expected }) => expectRelations(MeasuresRule, text, expected, withMentions(mentions)));
  it('emits nothing without a region in the clause or a report region', () => {
    expectRelations(MeasuresRule, '新增企业32户', [], withMentions([{ kind: 'metric', text: '新增企业32户' }], null));
  });
});
