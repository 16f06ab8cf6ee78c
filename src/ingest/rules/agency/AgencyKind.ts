/**
 * What kind of actor an Agency node is: GOVERNMENT (国务院, 重庆市人民政府), PARTY (党中央, 中共重庆市委员会),
 * MINISTRY (ministries, 厅, 局, 中国人民银行), COMMISSION (国家发展改革委, 国务院国资委), LEGISLATURE (人大常委会),
 * COURT (courts and procuratorates), SOE (国家电网, 国铁集团, 市地产集团), COMPANY (华为, 中科曙光), FUND
 * (重庆产业投资母基金), RESEARCH (中国科学院, 研究院), UNIVERSITY, OTHER (政协 and bodies without a better kind).
 */
export const AgencyKind = {
  GOVERNMENT: 'GOVERNMENT',
  PARTY: 'PARTY',
  MINISTRY: 'MINISTRY',
  COMMISSION: 'COMMISSION',
  LEGISLATURE: 'LEGISLATURE',
  COURT: 'COURT',
  SOE: 'SOE',
  COMPANY: 'COMPANY',
  FUND: 'FUND',
  RESEARCH: 'RESEARCH',
  UNIVERSITY: 'UNIVERSITY',
  OTHER: 'OTHER',
} as const;
export type AgencyKind = (typeof AgencyKind)[keyof typeof AgencyKind];
