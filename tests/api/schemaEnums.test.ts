import { enumValues } from '../../src/api/loadTypeDefs';
import { MetricKind, ProjectStatus, RelType } from '../../src/ingest';

// The graph's vocabularies are defined in ingest/records/labels.ts; the schema's enums must name the same values.
describe('schema enums', () => {
  it('MetricKind has the kinds the extractor stores', () => {
    expect(enumValues('MetricKind').sort()).toEqual(Object.values(MetricKind).sort());
  });

  it('ProjectStatus has the statuses the extractor stores', () => {
    expect(enumValues('ProjectStatus').sort()).toEqual(Object.values(ProjectStatus).sort());
  });

  it('RelationshipType has every relationship between entities (ABOUT joins a report, not two entities)', () => {
    expect(enumValues('RelationshipType').sort()).toEqual(Object.values(RelType).filter((t) => t !== RelType.ABOUT).sort());
  });
});
