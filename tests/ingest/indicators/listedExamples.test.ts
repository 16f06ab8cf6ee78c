import { withoutExamples } from '../../../src/ingest/indicators/listedExamples';

// Subjects of 2026 provincial work reports: the subject, and what is left without the examples before 等.
const rows: { report: string; subject: string; expected: string | null }[] = [
  { report: '广西壮族自治区', subject: '供排水等地下管网', expected: '地下管网' },
  { report: '福建省', subject: '特困等救助资金', expected: '救助资金' },
  { report: '山东省', subject: '原油等大宗商品进口', expected: '大宗商品进口' },
  // no examples, or nothing whole after 等
  { report: '广西壮族自治区', subject: '发放困难群众救助补助资金', expected: null },
  { report: '吉林省', subject: '食品、石化、医药、信息等', expected: null },
];

describe('withoutExamples', () => {
  it.each(rows)('$report: $subject → $expected', ({ subject, expected }) => expect(withoutExamples(subject)).toBe(expected));
});
