import { IssuedByRule } from '../../../../src/ingest/rules/relation/IssuedByRule';
import { expectRelations } from '../../harness';
import { withMentions } from './relations.fixtures';

const T = '《扩大内需战略规划纲要(2022—2035年)》';

describe('IssuedByRule', () => {
  it('links 国务院印发《…》', () => {
    expectRelations(IssuedByRule, `国务院印发${T}`, [{ type: 'ISSUED_BY', from: T, to: '国务院' }], withMentions([{ kind: 'agency', text: '国务院' }, { kind: 'policy', text: T }]));
  });
  it('links 《…》由…印发', () => {
    expectRelations(IssuedByRule, `${T}由国家发展改革委印发`, [{ type: 'ISSUED_BY', from: T, to: '国家发展改革委' }], withMentions([{ kind: 'agency', text: '国家发展改革委' }, { kind: 'policy', text: T }]));
  });
  it('links each agency of A、B联合印发《…》', () => {
    expectRelations(
      IssuedByRule,
      `国家发展改革委、科技部联合印发${T}`,
      [
        { type: 'ISSUED_BY', from: T, to: '国家发展改革委' },
        { type: 'ISSUED_BY', from: T, to: '科技部' },
      ],
      withMentions([{ kind: 'agency', text: '国家发展改革委' }, { kind: 'agency', text: '科技部' }, { kind: 'policy', text: T }]),
    );
  });
  it('links each agency of 《…》由A和B联合印发', () => {
    expectRelations(
      IssuedByRule,
      `${T}由国家发展改革委和科技部联合印发`,
      [
        { type: 'ISSUED_BY', from: T, to: '国家发展改革委' },
        { type: 'ISSUED_BY', from: T, to: '科技部' },
      ],
      withMentions([{ kind: 'agency', text: '国家发展改革委' }, { kind: 'agency', text: '科技部' }, { kind: 'policy', text: T }]),
    );
  });
  it('links only the issuer after 经国务院同意 (the approver is ApprovedByRule’s)', () => {
    expectRelations(
      IssuedByRule,
      `经国务院同意,国家发展改革委印发${T}`,
      [{ type: 'ISSUED_BY', from: T, to: '国家发展改革委' }],
      withMentions([{ kind: 'agency', text: '国务院' }, { kind: 'agency', text: '国家发展改革委' }, { kind: 'policy', text: T }]),
    );
  });
  it.each([
    // seed line 41: the agency signs an agreement, it does not issue
    ['与国务院国资委签署战略合作框架协议', '国务院国资委', '战略合作框架协议'],
    // seed line 36: the report's own voice names no agency
    [`贯彻落实${T}`, '落实', T],
    // a listed agency that did not issue: 国务院 is not joined to the issuer by 、/和
    [`国务院部署后,国家发展改革委出台${T}`, '国务院', T],
  ])('finds nothing in %s', (text, agency, policy) => {
    expectRelations(IssuedByRule, text, [], withMentions([{ kind: 'agency', text: agency }, { kind: 'policy', text: policy }]));
  });
});
