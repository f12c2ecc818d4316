import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../src/domain/data/build-region';
import { BuiltSiteCollection, type BuiltSiteFeature } from '../../src/domain/schema/derived';
import { INFRA_KINDS } from '../../src/domain/schema/infrastructure';
import { CSV_COLUMNS, exportFileName, toCsv, toExportGeoJSON } from '../../src/view-model/export';
import { fixtureRegionFiles, kuzbassFiles, reader } from '../helpers/region-files';

const sites = (buildRegion(reader(fixtureRegionFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
const names = (id: string) => ({ 'topkinsky-mo': 'Топкинский муниципальный округ', 'kemerovo-go': 'Кемеровский городской округ' })[id];
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
const rowOf = (rows: Record<string, string>[], id: string) => rows.find((r) => r.id === id)!;

describe('GeoJSON export', () => {
  const fc = toExportGeoJSON(sites);

  it('has all 12 sites with their geometry and the derived values, valid against the built schema', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(12);
    for (const [i, f] of fc.features.entries()) {
      expect(f.geometry).toEqual(sites[i]!.geometry);
      expect(f.properties.derived.centroid).toEqual(sites[i]!.properties.derived.centroid);
      expect(f.properties.derived.nearest).toEqual(sites[i]!.properties.derived.nearest);
    }
    expect(BuiltSiteCollection.safeParse(JSON.parse(JSON.stringify(fc))).success).toBe(true);
  });

  it('is a copy: editing the export leaves the map data alone', () => {
    fc.features[0]!.properties.name.ru = 'changed';
    expect(sites[0]!.properties.name.ru).not.toBe('changed');
  });
});

describe('CSV export', () => {
  const csv = toCsv(sites, 'ru', names);
  const parsed = parse(csv);

  it('starts with a BOM so Excel reads Cyrillic, and parses back to 12 rows with the documented headers', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(12);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.meta.fields!.slice(0, 5)).toEqual(['id', 'name_ru', 'name_en', 'kind', 'status']);
    for (const k of INFRA_KINDS) expect(parsed.meta.fields).toContain(`nearest_${k}_km`);
    expect(parsed.meta.fields!.slice(-2)).toEqual(['sources', 'as_of']);
  });

  it('writes known values as plain numbers and names in the chosen language', () => {
    const topki = rowOf(parsed.data, 'sez-kuzbass-topki');
    expect(topki).toMatchObject({
      name_en: 'Kuzbass Industrial-Production SEZ — Topki site',
      kind: 'sez',
      status: 'under_construction',
      municipality_id: 'topkinsky-mo',
      municipality: 'Топкинский муниципальный округ',
      lon: '85.6153',
      lat: '55.2765',
      location_precision: 'settlement',
      total_area_ha: '564.32',
      total_area_approximate: 'false',
      year_created: '2022',
      jobs: '1235',
      investment_rub_bn: '92.8',
      nearest_rail_station_name: 'Станция Топки',
      nearest_rail_station_km: '0',
      as_of: '2026-11-01',
    });
    expect(topki.sources!.split(' | ')).toHaveLength(8);
    expect(topki.sources).toContain('https://');
    expect(rowOf(parse(toCsv(sites, 'en', () => 'Topki')).data, 'sez-kuzbass-topki').nearest_rail_station_name).toBe('Topki station');
  });

  it('leaves missing values empty, never 0', () => {
    const zapadny = rowOf(parsed.data, 'zapadny-industrial-park');
    for (const col of ['total_area_ha', 'total_area_approximate', 'free_area_ha', 'electricity_mw', 'year_created', 'residents', 'jobs', 'investment_rub_bn']) {
      expect(zapadny[col], col).toBe('');
    }
    expect(zapadny.nearest_water_intake_name).toBe('');
    expect(zapadny.nearest_water_intake_km).toBe('');
    expect(rowOf(parsed.data, 'kemz-technopark').municipality).toBe('Кемеровский городской округ');
    expect(rowOf(parsed.data, 'tor-yurga').municipality).toBe('');
  });

  it('round-trips a name with quotes, commas and a line break, and defuses formulas', () => {
    const p = sites[0]!.properties;
    const tricky = 'Парк «Юг», "Северный"\nочередь 2';
    const site: BuiltSiteFeature = { ...sites[0]!, properties: { ...p, name: { ru: tricky, en: '=HYPERLINK("x")' } } };
    const rows = parse(toCsv([site], 'ru', names)).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name_ru).toBe(tricky);
    expect(rows[0]!.name_en).toBe('\'=HYPERLINK("x")');
  });

  it('writes just the header for an empty selection', () => {
    expect(parse(toCsv([], 'en', names)).meta.fields).toEqual([...CSV_COLUMNS]);
  });
});

describe('export file name', () => {
  it('names the region, the content and the day', () => {
    expect(exportFileName('kuzbass', 'csv', new Date(2026, 10, 27, 23, 59))).toBe('parkatlas-kuzbass-sites-2026-11-27.csv');
    expect(exportFileName('kuzbass', 'geojson', new Date(2026, 0, 5))).toBe('parkatlas-kuzbass-sites-2026-01-05.geojson');
  });
});

describe('exports with dated events', () => {
  const kuzbass = (buildRegion(reader(kuzbassFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;

  it('carry each site\'s events: in the GeoJSON as they are, in the CSV oldest first in one cell', () => {
    const yurga = kuzbass.find((s) => s.properties.id === 'tor-yurga')!;
    expect(toExportGeoJSON([yurga]).features[0]!.properties.events).toEqual(yurga.properties.events);
    const row = rowOf(parse(toCsv(kuzbass, 'en', () => undefined)).data, 'tor-yurga');
    expect(row.events).toBe('2016-07-07 created: Russian Government decree No. 641 creating the Yurga TOR | 2030 extended_until: The TOR is extended to 2030');
    expect(rowOf(parse(toCsv(kuzbass, 'en', () => undefined)).data, 'zagorskoe-technopark').events).toBe('');
  });
});
