// The hand-written Overpass fixture through the pure conversion.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertOverpass } from '../../../src/domain/osm/convert';
import { mergeOverpass, OverpassJson } from '../../../src/domain/osm/osm-types';
import { InfraCollection } from '../../../src/domain/schema/infrastructure';

const fixture = OverpassJson.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'osm', 'overpass-small.json'), 'utf8')),
);
const BBOX = [84.4, 52.1, 89.5, 56.9] as const;
const result = convertOverpass(fixture, { bbox: BBOX, importDate: '2026-12-01' });
const byId = new Map(result.infrastructure.map((f) => [f.properties.id, f]));

describe('convertOverpass on the fixture', () => {
  it('writes a valid InfraCollection with one feature per taken OSM object', () => {
    expect(InfraCollection.safeParse({ type: 'FeatureCollection', features: result.infrastructure }).success).toBe(true);
    expect(result.stats.byKind).toEqual({
      power_plant: 1,
      substation: 2,
      power_line: 2,
      gas_pipeline: 1,
      gas_distribution_station: 1,
      rail_line: 2,
      rail_station: 1,
      road: 1,
      airport: 1,
      water_intake: 1,
      water_treatment: 1,
    });
    expect(result.stats.invalid).toEqual([]);
    // the power tower, the yard track and the residential street
    expect(result.stats.ignored).toBe(3);
    expect(result.boundaries.map((b) => b.osmId).sort()).toEqual(['relation/1001', 'relation/1002', 'relation/1003']);
  });

  it('gives ids, links, dates and voltages from OSM', () => {
    const line = byId.get('osm-way-3001')!;
    expect(line.properties.voltageKv).toEqual([110, 10]);
    expect(line.properties.sources).toEqual([{ title: 'OpenStreetMap', url: 'https://www.openstreetmap.org/way/3001', accessed: '2026-12-01' }]);
    expect(line.properties.asOf).toBe('2026-11-30'); // osm3s.timestamp_osm_base
    expect(byId.get('osm-node-209')?.geometry.type).toBe('Point');
    expect(byId.get('osm-way-3003')?.geometry.type).toBe('Polygon');
    expect(byId.get('osm-way-3003')?.properties.voltageKv).toEqual([500, 220]);
    expect(byId.get('osm-relation-1005')?.properties).toMatchObject({ kind: 'power_plant', capacityMw: { value: 24 } });
    expect(byId.get('osm-way-3009')?.properties.kind).toBe('water_intake');
  });

  it('simplifies the straight power line to its ends and clips the one crossing the bbox', () => {
    expect(byId.get('osm-way-3001')?.geometry).toEqual({ type: 'LineString', coordinates: [[84.85, 55.7], [84.95, 55.75]] });
    expect(byId.get('osm-way-3002')?.geometry).toEqual({ type: 'LineString', coordinates: [[84.4, 55.605], [84.5, 55.61], [84.6, 55.62]] });
  });

  it('uses the import date as asOf when the document has no OSM timestamp', () => {
    const { osm3s: _drop, ...bare } = fixture;
    const r = convertOverpass(bare, { bbox: BBOX, importDate: '2026-12-01' });
    expect(r.infrastructure[0]?.properties.asOf).toBe('2026-12-01');
  });
});

describe('convertOverpass on `out geom` output', () => {
  it('reads ways and relation members that carry their coordinates inline', () => {
    const doc = OverpassJson.parse({
      elements: [
        { type: 'way', id: 5, nodes: [1, 2], geometry: [{ lat: 55, lon: 85 }, { lat: 55.1, lon: 85.1 }], tags: { power: 'line', voltage: '35000' } },
        {
          type: 'relation',
          id: 9,
          tags: { type: 'boundary', boundary: 'administrative', admin_level: '6', name: 'Тайгинский городской округ' },
          members: [{ type: 'way', ref: 7, role: 'outer', geometry: [{ lat: 55, lon: 85 }, { lat: 55, lon: 85.5 }, { lat: 55.5, lon: 85.5 }, { lat: 55, lon: 85 }] }],
        },
      ],
    });
    const r = convertOverpass(doc, { bbox: BBOX, importDate: '2026-12-01' });
    expect(r.infrastructure.map((f) => [f.properties.id, f.geometry.type, f.properties.voltageKv])).toEqual([['osm-way-5', 'LineString', [35]]]);
    expect(r.boundaries.map((b) => [b.osmId, b.geometry?.type])).toEqual([['relation/9', 'Polygon']]);
  });
});

describe('mergeOverpass', () => {
  it('keeps an element two groups returned once, with its tags', () => {
    const tagged = { type: 'node' as const, id: 1, lat: 55, lon: 85, tags: { railway: 'station' } };
    const skel = { type: 'node' as const, id: 1, lat: 55, lon: 85 };
    const merged = mergeOverpass([{ elements: [skel] }, { elements: [tagged, { type: 'node', id: 2, lat: 55, lon: 86 }] }]);
    expect(merged.elements).toEqual([tagged, { type: 'node', id: 2, lat: 55, lon: 86 }]);
  });
});

describe('convertOverpass never drops a small place', () => {
  it('keeps a gas distribution station of a few metres mapped as a closed way, as an area', () => {
    const doc = OverpassJson.parse({
      elements: [
        { type: 'node', id: 1, lat: 55.3, lon: 86.1 },
        { type: 'node', id: 2, lat: 55.3, lon: 86.10005 },
        { type: 'node', id: 3, lat: 55.30003, lon: 86.10005 },
        { type: 'node', id: 4, lat: 55.30003, lon: 86.1 },
        { type: 'way', id: 10, nodes: [1, 2, 3, 4, 1], tags: { pipeline: 'substation', substance: 'gas' } },
      ],
    });
    const r = convertOverpass(doc, { bbox: BBOX, importDate: '2026-12-01' });
    expect(r.infrastructure.map((f) => [f.properties.kind, f.geometry.type])).toEqual([['gas_distribution_station', 'Polygon']]);
    expect(r.stats.outsideBbox).toBe(0);
  });
});

describe('convertOverpass refuses a boundary that is not whole', () => {
  const nodes = [
    { type: 'node', id: 1, lat: 55.6, lon: 84.8 },
    { type: 'node', id: 2, lat: 55.6, lon: 85 },
    { type: 'node', id: 3, lat: 55.8, lon: 85 },
    { type: 'node', id: 4, lat: 55.8, lon: 84.8 },
  ];
  const tags = { type: 'boundary', boundary: 'administrative', admin_level: '6', name: 'Юргинский городской округ' };

  it('refuses rings that do not close, which osmtogeojson does not mark', () => {
    const doc = OverpassJson.parse({
      elements: [
        ...nodes,
        { type: 'way', id: 11, nodes: [1, 2, 3] },
        { type: 'way', id: 12, nodes: [3, 4] },
        { type: 'relation', id: 21, tags, members: [{ type: 'way', ref: 11, role: 'outer' }, { type: 'way', ref: 12, role: 'outer' }] },
      ],
    });
    const r = convertOverpass(doc, { bbox: BBOX, importDate: '2026-12-01' });
    expect(r.boundaries.map((b) => [b.osmId, b.geometry])).toEqual([['relation/21', undefined]]);
    expect(r.boundaries[0]!.completeness).toMatchObject({ missingWays: 0, openEnds: 2 });
    expect(r.stats).toMatchObject({ boundaries: 1, boundariesComplete: 0 });
  });

  it('reports a relation with no member left, which osmtogeojson leaves out', () => {
    const doc = OverpassJson.parse({ elements: [{ type: 'relation', id: 22, tags, members: [{ type: 'way', ref: 99, role: 'outer' }] }] });
    const r = convertOverpass(doc, { bbox: BBOX, importDate: '2026-12-01' });
    expect(r.boundaries.map((b) => [b.osmId, b.geometry, b.completeness.missingWays])).toEqual([['relation/22', undefined, 1]]);
  });
});
