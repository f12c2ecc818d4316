// Multipolygon boundaries from Overpass JSON, and their matching to municipality records.
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  matchBoundaries,
  normalizeMunicipalityName,
  oktmoOfTags,
  typeFromName,
  withBoundaries,
  type OsmBoundary,
} from '../../../src/domain/osm/boundaries';
import { convertOverpass } from '../../../src/domain/osm/convert';
import type { OverpassJson } from '../../../src/domain/osm/osm-types';
import { MunicipalityCollection, type MunicipalityFeature } from '../../../src/domain/schema/municipality';
import { fixtureRegionFiles } from '../../helpers/region-files';

const BBOX = [84.4, 52.1, 89.5, 56.9] as const;
const records = (fixtureRegionFiles()['municipalities.geojson'] as MunicipalityCollection).features;
const square: Polygon = { type: 'Polygon', coordinates: [[[85, 55], [85.1, 55], [85.1, 55.1], [85, 55.1], [85, 55]]] };
const boundary = (id: number, tags: Record<string, string>): OsmBoundary => ({
  osmId: `relation/${id}`,
  url: `https://www.openstreetmap.org/relation/${id}`,
  tags: { boundary: 'administrative', admin_level: '6', ...tags },
  geometry: square,
  completeness: { memberWays: 1, missingWays: 0, waysMissingNodes: 0, openEnds: 0 },
});

/** A boundary relation: an outer ring split over two ways, and an inner ring (a hole). */
const withHole: OverpassJson = {
  elements: [
    { type: 'node', id: 1, lon: 84.8, lat: 55.66 },
    { type: 'node', id: 2, lon: 84.98, lat: 55.66 },
    { type: 'node', id: 3, lon: 84.98, lat: 55.78 },
    { type: 'node', id: 4, lon: 84.8, lat: 55.78 },
    { type: 'node', id: 5, lon: 84.93, lat: 55.67 },
    { type: 'node', id: 6, lon: 84.96, lat: 55.67 },
    { type: 'node', id: 7, lon: 84.96, lat: 55.69 },
    { type: 'node', id: 8, lon: 84.93, lat: 55.69 },
    { type: 'way', id: 11, nodes: [1, 2, 3] },
    { type: 'way', id: 12, nodes: [3, 4, 1] },
    { type: 'way', id: 13, nodes: [5, 6, 7, 8, 5] },
    {
      type: 'relation',
      id: 21,
      members: [
        { type: 'way', ref: 11, role: 'outer' },
        { type: 'way', ref: 12, role: 'outer' },
        { type: 'way', ref: 13, role: 'inner' },
      ],
      tags: { type: 'boundary', boundary: 'administrative', admin_level: '6', name: 'Юргинский городской округ' },
    },
  ],
};

describe('boundary relations to polygons', () => {
  it('joins outer ways into one ring and keeps the inner ring as a hole, RFC 7946 winding', () => {
    const { boundaries, infrastructure } = convertOverpass(withHole, { bbox: BBOX, importDate: '2026-12-01' });
    expect(infrastructure).toEqual([]);
    expect(boundaries).toHaveLength(1);
    const g = boundaries[0]!.geometry as Polygon;
    expect(boundaries[0]!.osmId).toBe('relation/21');
    expect(g.type).toBe('Polygon');
    expect(g.coordinates).toHaveLength(2);
    const [outer, hole] = g.coordinates as [number[][], number[][]];
    expect(outer).toHaveLength(5);
    expect(outer[0]).toEqual(outer[4]);
    expect(new Set(outer.map((p) => p.join(',')))).toEqual(new Set(['84.8,55.66', '84.98,55.66', '84.98,55.78', '84.8,55.78']));
    expect(hole.map((p) => p.join(','))).toContain('84.93,55.67');
    // Shoelace sign: outer counter-clockwise (> 0), hole clockwise (< 0).
    const signed = (r: number[][]) => r.slice(1).reduce((s, p, i) => s + (r[i]![0]! * p[1]! - p[0]! * r[i]![1]!), 0);
    expect(signed(outer)).toBeGreaterThan(0);
    expect(signed(hole)).toBeLessThan(0);
  });

  it('takes only the configured admin levels', () => {
    const { boundaries } = convertOverpass(withHole, { bbox: BBOX, importDate: '2026-12-01', adminLevels: ['8'] });
    expect(boundaries).toEqual([]);
  });
});

describe('names and OKTMO codes', () => {
  it('normalizes names: case, ё, quotes and type words', () => {
    expect(normalizeMunicipalityName('Юргинский городской округ')).toBe('юргинский');
    expect(normalizeMunicipalityName('Киселёвский городской округ')).toBe('киселевский');
    expect(normalizeMunicipalityName('городской округ «Юрга»')).toBe('юрга');
    expect(normalizeMunicipalityName('Топкинский муниципальный район')).toBe('топкинский');
    expect(normalizeMunicipalityName('Ленинск-Кузнецкий  район')).toBe('ленинск-кузнецкий');
  });

  it('reads the type a name states', () => {
    expect(typeFromName('Юргинский городской округ')).toBe('urban_okrug');
    expect(typeFromName('Юргинский район')).toBe('municipal_okrug');
    expect(typeFromName('Юргинский муниципальный округ')).toBe('municipal_okrug');
    expect(typeFromName('Юрга')).toBeUndefined();
  });

  it('reads OKTMO from oktmo:user, ref:oktmo or oktmo, first 8 digits', () => {
    expect(oktmoOfTags({ 'oktmo:user': '32749000' })).toBe('32749000');
    expect(oktmoOfTags({ 'ref:oktmo': '32749000001' })).toBe('32749000');
    expect(oktmoOfTags({ oktmo: '32 749 000' })).toBe('32749000');
    expect(oktmoOfTags({ oktmo: '327' })).toBeUndefined();
  });
});

describe('matchBoundaries', () => {
  it('matches by OKTMO first, whatever the name says', () => {
    const r = matchBoundaries([boundary(1, { name: 'Something else', 'oktmo:user': '32749000001' })], records);
    expect(r.matched).toEqual([expect.objectContaining({ municipalityId: 'yurga-go', by: 'oktmo', osmId: 'relation/1' })]);
    expect(r.unmatched).toEqual([]);
    expect(r.withoutBoundary).not.toContain('yurga-go');
    expect(r.withoutBoundary).toHaveLength(records.length - 1);
  });

  it('matches by name, telling the urban okrug from the municipal okrug of the same name', () => {
    const r = matchBoundaries(
      [
        boundary(1, { name: 'Юргинский муниципальный округ' }),
        boundary(2, { name: 'Юргинский городской округ' }),
        boundary(3, { name: 'Топкинский район' }),
        boundary(4, { name: 'городской округ Тайга' }),
      ],
      records,
    );
    expect(r.matched.map((m) => [m.osmId, m.municipalityId, m.by])).toEqual([
      ['relation/1', 'yurginsky-mo', 'name'],
      ['relation/2', 'yurga-go', 'name'],
      ['relation/3', 'topkinsky-mo', 'name'],
      ['relation/4', 'tayga-go', 'name'],
    ]);
  });

  it('reports unmatched and ambiguous boundaries instead of guessing', () => {
    const r = matchBoundaries(
      [
        boundary(1, { name: 'Болотнинский район' }),
        boundary(2, { name: 'Юргинский' }),
        boundary(3, { 'oktmo:user': '32749000' }),
        boundary(4, { 'oktmo:user': '32749000', name: 'Юрга again' }),
      ],
      records,
    );
    // Two boundaries carry Yurga's code: neither is taken, both are listed.
    expect(r.matched).toEqual([]);
    expect(r.unmatched).toEqual([
      'Болотнинский район (relation/1)',
      'Юргинский (relation/2): name fits yurga-go, yurginsky-mo',
      '(no name) (relation/3): oktmo fits yurga-go, as relation/4 does',
      'Юрга again (relation/4): oktmo fits yurga-go, as relation/3 does',
    ]);
  });

  it('matches foreign names through name, name:en, official_name and a non-numeric ref', () => {
    const r = matchBoundaries(
      [
        boundary(1, { name: 'Jurga', 'name:en': 'Yurga urban okrug' }),
        boundary(2, { name: 'Topki', official_name: 'Topkinsky Municipal District' }),
        boundary(3, { ref: 'Tayga' }),
      ],
      records,
    );
    expect(r.matched.map((m) => [m.osmId, m.municipalityId, m.by])).toEqual([
      ['relation/1', 'yurga-go', 'name'],
      ['relation/2', 'topkinsky-mo', 'name'],
      ['relation/3', 'tayga-go', 'name'],
    ]);
  });

  it('lets the match table win over codes and names, and lists entries it could not use', () => {
    const r = matchBoundaries(
      [boundary(1, { name: 'Юргинский городской округ' }), boundary(2, { name: 'Somewhere', 'oktmo:user': '32749000' })],
      records,
      { 'yurga-go': 1, 'tayga-go': 99 },
    );
    expect(r.matched.map((m) => [m.osmId, m.municipalityId, m.by])).toEqual([['relation/1', 'yurga-go', 'table']]);
    // Yurga is the table's: the OKTMO tag of relation 2 no longer names an open record.
    expect(r.unmatched).toEqual(['Somewhere (relation/2)']);
    expect(r.tableUnused).toEqual(['tayga-go -> relation/99']);
  });

  it('never draws a refused boundary: its municipality keeps its point and is named', () => {
    const cut: OsmBoundary = { ...boundary(5, { name: 'Юргинский городской округ' }), geometry: undefined, completeness: { memberWays: 7, missingWays: 1, waysMissingNodes: 0, openEnds: 2 } };
    const r = matchBoundaries([cut], records);
    expect(r.matched).toEqual([]);
    expect(r.refused).toEqual([{ osmId: 'relation/5', name: 'Юргинский городской округ', completeness: cut.completeness, municipalityId: 'yurga-go' }]);
    expect(r.withoutBoundary).toContain('yurga-go');
  });
});

describe('withBoundaries', () => {
  it('puts the polygon in, keeps the old point as centre and adds the OSM source', () => {
    const yurga = records.find((r) => r.properties.id === 'yurga-go')!;
    const [matched, untouched] = withBoundaries(
      [yurga, records.find((r) => r.properties.id === 'tayga-go')!],
      [{ municipalityId: 'yurga-go', geometry: square, osmId: 'relation/1', url: 'https://www.openstreetmap.org/relation/1', by: 'oktmo' }],
      '2026-12-01',
    ) as [MunicipalityFeature, MunicipalityFeature];
    expect(matched.geometry).toEqual(square);
    expect(matched.properties.centre).toEqual((yurga.geometry as { coordinates: number[] }).coordinates);
    expect(matched.properties.sources.at(-1)).toEqual({
      title: 'OpenStreetMap, boundary relation/1',
      url: 'https://www.openstreetmap.org/relation/1',
      accessed: '2026-12-01',
    });
    expect(untouched.geometry.type).toBe('Point');
    expect(MunicipalityCollection.safeParse({ type: 'FeatureCollection', features: [matched, untouched] }).success).toBe(true);
  });
});
