import { AgencyStationedRule } from '../../../../src/ingest/rules/agency/AgencyStationedRule';
import { expectExtracts, expectNothing } from '../../harness';

// Fragments are real text of the 2026 provincial reports (seeds/reports), read in their own province's report.
const body = (text: string, start: number, kind: string) => ({ text, start, name: text, fields: { kind } });

describe('AgencyStationedRule', () => {
  it.each([
    // 湖南 2026: the central units stationed in Hunan, thanked by name
    ['向中央驻湘单位，向关心', '湖南省', [body('中央驻湘单位', 1, 'GOVERNMENT')]],
    // 西藏 2026: central bodies and the forces stationed in Tibet in one list
    ['向中央驻藏机构、援藏省（市）和单位、离退休老同志、驻藏部队', '西藏自治区', [body('中央驻藏机构', 1, 'GOVERNMENT'), body('驻藏部队', 25, 'OTHER')]],
  ])('finds the bodies in %s', (text, region, expected) => expectExtracts(AgencyStationedRule, text, expected, { meta: { region } }));

  it.each([
    // 湖南 2026 read in another province's report: 湘 is not its own abbreviation
    ['向中央驻湘单位，向关心', '江西省'],
    // 西藏 2026: 援藏 names a programme, no body stationed there
    ['援藏省（市）和单位', '西藏自治区'],
  ])('ignores %s (%s)', (text, region) => expectNothing(AgencyStationedRule, text, { meta: { region } }));
});
