import { AmbiguousRegionRefiner } from '../../../src/ingest/refiners/AmbiguousRegionRefiner';
import { FalsePositiveContextRefiner } from '../../../src/ingest/refiners/FalsePositiveContextRefiner';
import { RegionGazetteerRule } from '../../../src/ingest/rules/region/RegionGazetteerRule';
import { expectExtracts, expectNothing } from '../harness';

const options = { meta: { region: '重庆市' }, refiners: [FalsePositiveContextRefiner, AmbiguousRegionRefiner] };

describe('AmbiguousRegionRefiner', () => {
  it('keeps ambiguous short forms in a list of places, without the flag', () => {
    expectExtracts(
      RegionGazetteerRule,
      '重点支持渝中、江北、南岸等区',
      [
        { text: '渝中', start: 4, name: '渝中区', work: { ambiguous: false } },
        { text: '江北', start: 7, name: '江北区' },
        { text: '南岸', start: 10, name: '南岸区' },
      ],
      options,
    );
  });
  it('keeps one next to an unambiguous place', () => {
    expectExtracts(RegionGazetteerRule, '长寿和涪陵', [{ text: '长寿', start: 0, name: '长寿区' }, { text: '涪陵', start: 3, name: '涪陵区' }], options);
  });
  it.each([
    '健康长寿', // longevity
    '成渝中线、渝西高速铁路加快推进', // seed line 49: 渝中 is a false positive, so 渝西 has no real neighbour
  ])('drops the ambiguous form in %s', (text) => expectNothing(RegionGazetteerRule, text, options));
  it('drops 南岸 inside 两江四岸南岸线 and keeps the area 两江四岸 itself', () => {
    expectExtracts(RegionGazetteerRule, '推动两江四岸南岸线整体提升', [{ text: '两江四岸', start: 2, name: '两江四岸' }], options);
  });
});
