// One bad value in a deployed file drops that value (or its feature), never the whole map.
import { describe, expect, it } from 'vitest';
import { salvageFeatures } from '../../../src/domain/data/salvage';
import { InfraFeature } from '../../../src/domain/schema/infrastructure';
import { fixtureRegionFiles, type Loose } from '../../helpers/region-files';

const infra = () => structuredClone((fixtureRegionFiles()['infrastructure.geojson'] as Loose).features) as Loose[];

describe('salvageFeatures', () => {
  it('keeps a feature without the value that broke it, and says which value', () => {
    const features = infra();
    features[0].properties.sources = [{ title: 'Link', url: 'javascript:alert(1)', accessed: '2026-11-01' }];
    const r = salvageFeatures('infrastructure.geojson', { type: 'FeatureCollection', features }, InfraFeature)!;
    expect(r.features).toHaveLength(features.length);
    expect(r.features[0]!.properties.sources).toEqual([{ title: 'Link', accessed: '2026-11-01' }]);
    expect(r.dropped).toEqual([expect.objectContaining({ file: 'infrastructure.geojson', featureId: features[0].properties.id, path: 'properties.sources[0].url' })]);
  });

  it('leaves out a feature whose geometry or id is broken, and keeps the rest', () => {
    const features = infra();
    features[1].geometry = { type: 'Point', coordinates: ['x', 55] };
    const r = salvageFeatures('infrastructure.geojson', { type: 'FeatureCollection', features }, InfraFeature)!;
    expect(r.features).toHaveLength(features.length - 1);
    expect(r.dropped).toEqual([expect.objectContaining({ featureId: features[1].properties.id, message: expect.stringContaining('feature left out') })]);
  });

  it('gives up on a file that is not a feature collection', () => {
    expect(salvageFeatures('x.geojson', [1, 2], InfraFeature)).toBeUndefined();
  });
});
