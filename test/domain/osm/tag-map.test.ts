import { describe, expect, it } from 'vitest';
import { InfraProperties } from '../../../src/domain/schema/infrastructure';
import { infraProperties, osmName } from '../../../src/domain/osm/tag-map';

const prov = { osmId: 'osm-way-123', url: 'https://www.openstreetmap.org/way/123', accessed: '2026-12-01', asOf: '2026-11-30' };

describe('infraProperties', () => {
  it('keeps the schema fields and the OSM provenance', () => {
    const p = infraProperties(
      'substation',
      { power: 'substation', voltage: '110000;10000', name: 'ПС Юрга', 'name:en': 'Yurga substation', operator: 'Россети', ref: 'ПС-12', fixme: 'x' },
      prov,
    );
    expect(p).toEqual({
      id: 'osm-way-123',
      kind: 'substation',
      name: { ru: 'ПС Юрга', en: 'Yurga substation' },
      status: 'existing',
      voltageKv: [110, 10],
      operator: { ru: 'Россети' },
      code: 'ПС-12',
      sources: [{ title: 'OpenStreetMap', url: 'https://www.openstreetmap.org/way/123', accessed: '2026-12-01' }],
      asOf: '2026-11-30',
      locationPrecision: 'exact',
    });
    expect(InfraProperties.safeParse(p).success).toBe(true);
  });

  it('prefers name:ru, names unnamed objects by what they are', () => {
    expect(osmName('road', { name: 'Sibir', 'name:ru': 'Сибирь' })).toEqual({ ru: 'Сибирь' });
    expect(osmName('power_line', { voltage: '110000;10000' })).toEqual({ ru: 'ЛЭП 110/10 кВ', en: '110/10 kV power line' });
    expect(osmName('road', { ref: 'Р-255' })).toEqual({ ru: 'Р-255', en: 'Р-255' });
    expect(osmName('rail_line', { service: 'siding' })).toEqual({ ru: 'Подъездной путь', en: 'Railway siding' });
  });

  it('reads capacity, diameter and airport codes', () => {
    expect(infraProperties('power_plant', { 'plant:output:electricity': '1200 MW' }, prov).capacityMw).toEqual({ value: 1200 });
    expect(infraProperties('gas_pipeline', { diameter: '530' }, prov).diameterMm).toEqual({ value: 530 });
    expect(infraProperties('airport', { iata: 'KEJ', icao: 'UNEE' }, prov).code).toBe('KEJ / UNEE');
    expect(infraProperties('road', { voltage: '110000' }, prov).voltageKv).toBeUndefined();
  });
});
