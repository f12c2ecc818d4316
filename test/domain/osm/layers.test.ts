// What the import takes from OSM, by tags and element type: one rule table for file and query.
import { describe, expect, it } from 'vitest';
import { classifyElement, isBoundaryElement, passes } from '../../../src/domain/osm/layers';
import type { OsmType } from '../../../src/domain/osm/osm-types';

describe('classifyElement', () => {
  it.each([
    ['node', { power: 'plant' }, 'power_plant'],
    ['way', { power: 'substation', voltage: '110000' }, 'substation'],
    ['way', { power: 'sub_station' }, 'substation'],
    ['way', { power: 'line', voltage: '220000' }, 'power_line'],
    ['way', { power: 'line' }, 'power_line'],
    ['way', { power: 'minor_line', voltage: '10000' }, 'power_line'],
    ['way', { man_made: 'pipeline', substance: 'gas' }, 'gas_pipeline'],
    ['node', { pipeline: 'substation', substance: 'gas' }, 'gas_distribution_station'],
    ['way', { railway: 'rail' }, 'rail_line'],
    ['way', { railway: 'rail', service: 'siding' }, 'rail_line'],
    ['node', { railway: 'halt' }, 'rail_station'],
    ['way', { highway: 'trunk' }, 'road'],
    ['relation', { aeroway: 'aerodrome' }, 'airport'],
    ['way', { man_made: 'water_works' }, 'water_treatment'],
    ['node', { man_made: 'water_works', name: 'Водозабор №2' }, 'water_intake'],
    ['way', { man_made: 'wastewater_plant' }, 'water_treatment'],
  ] as [OsmType, Record<string, string>, string][])('%s %o -> %s', (type, tags, kind) => {
    expect(classifyElement(type, tags)?.kind).toBe(kind);
  });

  it.each([
    ['node', { power: 'tower' }],
    ['way', { power: 'minor_line' }],
    ['way', { power: 'minor_line', voltage: 'unknown' }],
    ['node', { power: 'line' }],
    ['way', { power: 'substation', substation: 'minor_distribution' }],
    ['way', { man_made: 'pipeline', substance: 'water' }],
    ['way', { railway: 'rail', service: 'yard' }],
    ['node', { railway: 'station', station: 'subway' }],
    ['way', { highway: 'residential' }],
    ['relation', { boundary: 'administrative', admin_level: '6' }],
  ] as [OsmType, Record<string, string>][])('leaves %s %o out', (type, tags) => {
    expect(classifyElement(type, tags)).toBeUndefined();
  });

  it('takes boundary relations of the configured levels only', () => {
    const tags = { boundary: 'administrative', admin_level: '6' };
    expect(isBoundaryElement('relation', tags, ['6'])).toBe(true);
    expect(isBoundaryElement('relation', tags, ['8', '10'])).toBe(false);
    expect(isBoundaryElement('way', tags, ['6'])).toBe(false);
  });
});

describe('passes: the Overpass meaning of each filter', () => {
  it('"!=" and "!~" take objects without the key; "=" and "~" do not', () => {
    expect(passes({}, ['service', '!=', 'yard'])).toBe(true);
    expect(passes({}, ['service', '!~', '^yard$'])).toBe(true);
    expect(passes({}, ['service', '=', 'yard'])).toBe(false);
    expect(passes({}, ['service', '~', 'yard'])).toBe(false);
    expect(passes({ voltage: '' }, ['voltage'])).toBe(true);
  });
});
