// A site with a boundary is measured from its edge through the whole product: the data build,
// the passport, compare, the filter and the CSV all read 0 km for a line that crosses it.
import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../../src/domain/data/build-region';
import { buildFilterIndex, applyFilterIndex } from '../../../src/domain/filter-index';
import { emptyFilter, toFilterable } from '../../../src/domain/filters';
import type { BuiltSiteFeature } from '../../../src/domain/schema/derived';
import { buildComparison } from '../../../src/view-model/compare';
import { toCsv } from '../../../src/view-model/export';
import { buildPassport } from '../../../src/view-model/passport';
import { fixtureRegionFiles, reader, sitesOf, type Loose } from '../../helpers/region-files';

// Yurga's TOR given a (made-up, test-only) 2 × 1 km boundary around its point, and a power line
// across it: the line passes 0.4 km north of the site's centre.
const [lon, lat] = [84.8886, 55.7203];
const dLon = 1 / (111.32 * Math.cos((lat * Math.PI) / 180));
const boundary = [[[lon - dLon, lat - 0.0045], [lon + dLon, lat - 0.0045], [lon + dLon, lat + 0.0045], [lon - dLon, lat + 0.0045], [lon - dLon, lat - 0.0045]]];

function build(withLine: 'across' | 'beside') {
  const files = fixtureRegionFiles();
  const site = sitesOf(files).find((s: Loose) => s.properties.id === 'tor-yurga');
  site.geometry = { type: 'Polygon', coordinates: boundary };
  site.properties.locationPrecision = 'exact';
  const northOfSite = withLine === 'across' ? lat + 0.0036 : lat + 0.0095; // 0.4 km from centre / ~0.56 km beyond the north edge
  (files['infrastructure.geojson'] as Loose).features.push({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: [[lon - 0.05, northOfSite], [lon + 0.05, northOfSite]] },
    properties: { id: 'vl-test', kind: 'power_line', name: { ru: 'ВЛ 110 кВ (тест)', en: '110 kV line (test)' }, status: 'existing', voltageKv: [110], locationPrecision: 'exact', sources: [{ title: 'test', accessed: '2026-12-03' }], asOf: '2026-12-03' },
  });
  const result = buildRegion(reader(files));
  expect(result.problems).toEqual([]);
  return (result.outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
}

describe('distances from a site boundary', () => {
  const sites = build('across');
  const yurga = sites.find((s) => s.properties.id === 'tor-yurga')!;

  it('reads 0 km for a line across the site, and says it crosses the site', () => {
    expect(yurga.properties.derived.distancesFrom).toBe('boundary');
    expect(yurga.properties.derived.nearest.power_line).toMatchObject({ id: 'vl-test', km: 0, contact: 'crosses' });
    const passport = buildPassport(yurga.properties, 'ru', () => 'Юргинский городской округ');
    const row = passport.groups.flatMap((g) => g.rows).find((r) => r.label === 'Ближайшее: ЛЭП 110 кВ и выше');
    expect(row?.value).toBe('ВЛ 110 кВ (тест) — проходит по площадке');
    expect(passport.precisionNote).toContain('Расстояния измерены от границы площадки');
    const en = buildPassport(yurga.properties, 'en', () => 'Yurga');
    expect(en.groups.flatMap((g) => g.rows).find((r) => r.value?.startsWith('110 kV line'))?.value).toBe('110 kV line (test) — crosses the site');
  });

  it('keeps it under a 0.5 km power-line filter, in compare, and writes 0 in the CSV', () => {
    const shown = applyFilterIndex(buildFilterIndex(sites.map(toFilterable)), { ...emptyFilter(), near: { power_line: 0.5 }, keepNoData: false });
    expect(shown.map((s) => s.id)).toEqual(['tor-yurga']);
    const other = sites.find((s) => s.properties.id !== 'tor-yurga')!;
    const compare = buildComparison([yurga.properties, other.properties], 'ru', () => undefined);
    expect(compare.rows.find((r) => r.key === 'nearest:power_line')?.cells[0]?.text).toBe('ВЛ 110 кВ (тест) — проходит по площадке');
    const csv = toCsv([yurga], 'ru', () => undefined).replace(/^\uFEFF/, '').split('\r\n');
    const header = csv[0]!.split(',');
    expect(csv[1]!.split(',')[header.indexOf('nearest_power_line_km')]).toBe('0');
  });

  it('measures a line beside the site from the edge, not from the centre', () => {
    const beside = build('beside').find((s) => s.properties.id === 'tor-yurga')!.properties.derived.nearest.power_line!;
    // 0.0095° north of the centre is ~1.06 km from it, ~0.556 km from the north edge (0.0045°).
    expect(beside.km).toBeCloseTo(0.556, 2);
    expect(beside.contact).toBeUndefined();
  });
});

describe('distances to infrastructure that is not built yet', () => {
  it('are not distances: a planned station at the site is no connection, the nearest existing one is', () => {
    const files = fixtureRegionFiles();
    const site = sitesOf(files).find((s: Loose) => s.properties.id === 'tor-prokopyevsk');
    const [x, y] = site.geometry.coordinates as [number, number];
    const station = (id: string, status: string, at: [number, number]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { id, kind: 'water_treatment', name: { ru: id }, status, locationPrecision: 'exact', sources: [{ title: 'test', accessed: '2026-12-03' }], asOf: '2026-12-03' },
    });
    (files['infrastructure.geojson'] as Loose).features.push(station('planned-here', 'planned', [x, y]), station('built-later', 'under_construction', [x + 0.01, y]), station('built-away', 'existing', [x + 0.2, y]));
    const result = buildRegion(reader(files));
    expect(result.problems).toEqual([]);
    const built = (result.outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features.find((s) => s.properties.id === 'tor-prokopyevsk')!;
    expect(built.properties.derived.nearest.water_treatment?.id).toBe('built-away');
  });
});
