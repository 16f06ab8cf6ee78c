import { BULK_BYTES, BULK_REPORTS, bulkBatches } from '../../src/store/ingestReports';

// Sizes in bytes of made-up reports: what matters is where a batch closes.
const cases: { name: string; sizes: number[]; batches: number[][] }[] = [
  { name: 'nothing', sizes: [], batches: [] },
  { name: 'small reports close at BULK_REPORTS', sizes: Array(BULK_REPORTS + 3).fill(50_000), batches: [Array(BULK_REPORTS).fill(50_000), Array(3).fill(50_000)] },
  { name: 'a batch closes before it would pass BULK_BYTES', sizes: [600_000, 500_000, 100_000], batches: [[600_000], [500_000, 100_000]] },
  { name: 'exactly BULK_BYTES fits', sizes: [BULK_BYTES / 2, BULK_BYTES / 2, 1], batches: [[BULK_BYTES / 2, BULK_BYTES / 2], [1]] },
  { name: 'a report over BULK_BYTES goes alone', sizes: [10, BULK_BYTES * 3, 10], batches: [[10], [BULK_BYTES * 3], [10]] },
];

describe('bulkBatches', () => {
  it.each(cases)('$name', ({ sizes, batches }) => {
    expect(bulkBatches(sizes, (n) => n)).toEqual(batches);
  });
});
