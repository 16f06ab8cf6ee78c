import { AgencyLeadUnitRule } from '../../../../src/ingest/rules/agency/AgencyLeadUnitRule';
import { expectExtracts, expectNothing } from '../../harness';

// Fragments are real text of seeds/reports (2026 provincial reports); the report's region names its departments.
const nm = { meta: { region: '内蒙古自治区' } };

describe('AgencyLeadUnitRule', () => {
  it('reads every body of a plan note, departments named with the report’s place (内蒙古 2026)', () => {
    expectExtracts(AgencyLeadUnitRule, '提高城乡居民养老保险基础养老金标准（牵头单位：农牧厅、林草局、人社厅）。', [
      { text: '农牧厅', start: 23, name: '内蒙古自治区农牧厅', fields: { kind: 'MINISTRY' } },
      { text: '林草局', start: 27, name: '内蒙古自治区林草局', fields: { kind: 'MINISTRY' } },
      { text: '人社厅', start: 31, name: '内蒙古自治区人社厅', fields: { kind: 'MINISTRY' } },
    ], nm);
  });

  it('keeps a body that is no department as written, and a commission by its kind (内蒙古 2026)', () => {
    expectExtracts(AgencyLeadUnitRule, '（牵头单位：红十字会、残联、妇联、卫健委）', [
      { text: '红十字会', start: 6, name: '红十字会', fields: { kind: 'OTHER' } },
      { text: '残联', start: 11, name: '残联', fields: { kind: 'OTHER' } },
      { text: '妇联', start: 14, name: '妇联', fields: { kind: 'OTHER' } },
      { text: '卫健委', start: 17, name: '内蒙古自治区卫健委', fields: { kind: 'COMMISSION' } },
    ], nm);
  });

  // 上海 2026, 吉林 2026: 牵头 as a verb names who leads, but no plan note lists bodies
  it.each(['支持科技领军企业牵头实施重大科技任务', '动，支持骨干企业牵头组建紧密型创新联'])('ignores %s', (text) => {
    expectNothing(AgencyLeadUnitRule, text, nm);
  });
});
