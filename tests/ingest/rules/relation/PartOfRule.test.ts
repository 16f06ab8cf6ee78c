import { PartOfRule } from '../../../../src/ingest/rules/relation/PartOfRule';
import { expectRelations } from '../../harness';
import { withMentions } from './relations.fixtures';

const P = 'PART_OF';

describe('PartOfRule', () => {
  it('links a district up the whole chain (seed line 30)', () => {
    expectRelations(PartOfRule, '黔江区创建成果持续巩固', [
      { type: P, from: '黔江区', to: '重庆市' },
      { type: P, from: '重庆市', to: '中华人民共和国' },
    ], withMentions([]));
  });
  it('links 渝西地区 to 主城都市区 and on to 重庆市 (seed line 29)', () => {
    expectRelations(PartOfRule, '支持渝西地区打造先行区', [
      { type: P, from: '渝西地区', to: '主城都市区' },
      { type: P, from: '主城都市区', to: '重庆市' },
      { type: P, from: '重庆市', to: '中华人民共和国' },
    ], withMentions([]));
  });
  it('emits each link once per report, on the first mention', () => {
    expectRelations(PartOfRule, '黔江区先行。黔江区再行', [
      { type: P, from: '黔江区', to: '重庆市' },
      { type: P, from: '重庆市', to: '中华人民共和国' },
    ], withMentions([]));
  });
  it('stops at a cooperation area’s macro region (川渝 has no parent)', () => {
    expectRelations(PartOfRule, '川渝高竹新区累计入驻企业182户', [{ type: P, from: '川渝高竹新区', to: '川渝' }], withMentions([]));
  });
});
