// "110 kV or more within 5 km", as investors ask: power lines by voltage class in the data build,
// the filter, the link, the passport, compare and the CSV. A line of unknown voltage is its own
// class and never counts as high voltage.
import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../../src/domain/data/build-region';
import { applyFilterIndex, buildFilterIndex } from '../../../src/domain/filter-index';
import { emptyFilter, nearTargetsIn, toFilterable } from '../../../src/domain/filters';
import type { BuiltSiteFeature } from '../../../src/domain/schema/derived';
import { nearTargetsOf } from '../../../src/domain/schema/vocabulary';
import { filterFromUrl, parseUrlState, serializeUrlState } from '../../../src/domain/url-state';
import { buildComparison } from '../../../src/view-model/compare';
import { toCsv } from '../../../src/view-model/export';
import { buildPassport } from '../../../src/view-model/passport';
import { fixtureRegionFiles, reader, type Loose } from '../../helpers/region-files';

describe('nearTargetsOf', () => {
  it('puts a line in every class its highest voltage reaches, and an unlabelled one in none', () => {
    expect(nearTargetsOf('power_line', [220, 110])).toEqual(['power_line', 'power_line_35', 'power_line_110', 'power_line_220']);
    expect(nearTargetsOf('power_line', [110])).toEqual(['power_line', 'power_line_35', 'power_line_110']);
    expect(nearTargetsOf('power_line', [10])).toEqual(['power_line']);
    expect(nearTargetsOf('power_line', undefined)).toEqual(['power_line', 'power_line_unknown']);
    expect(nearTargetsOf('substation', [220])).toEqual(['substation']);
  });
});

// Near Yurga's TOR (84.8886, 55.7203): a line of unknown voltage 0.8 km north, a 10 kV line
// 0.5 km south, a 220 kV line 3.2 km east. 1° of longitude here is ~62.8 km.
const [lon, lat] = [84.8886, 55.7203];
function line(id: string, coordinates: number[][], voltageKv?: number[]) {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: { id, kind: 'power_line', name: { ru: `ЛЭП ${id}` }, status: 'existing', ...(voltageKv ? { voltageKv } : {}), locationPrecision: 'exact', sources: [{ title: 'test', accessed: '2026-12-03' }], asOf: '2026-12-03' },
  };
}
const files = fixtureRegionFiles();
(files['infrastructure.geojson'] as Loose).features.push(
  line('unknown', [[lon - 0.05, lat + 0.0072], [lon + 0.05, lat + 0.0072]]),
  line('ten', [[lon - 0.05, lat - 0.0045], [lon + 0.05, lat - 0.0045]], [10]),
  line('high', [[lon + 3.2 / 62.8, lat - 0.05], [lon + 3.2 / 62.8, lat + 0.05]], [220]),
);
const built = buildRegion(reader(files));
const sites = (built.outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
const yurga = sites.find((s) => s.properties.id === 'tor-yurga')!;

describe('power lines by voltage class', () => {
  it('measures each class to its own nearest line; unknown voltage is never high voltage', () => {
    expect(built.problems).toEqual([]);
    const n = yurga.properties.derived.nearest;
    expect(n.power_line?.id).toBe('ten');
    expect(n.power_line_unknown?.id).toBe('unknown');
    expect(n.power_line_35?.id).toBe('high');
    expect(n.power_line_110?.id).toBe('high');
    expect(n.power_line_220).toMatchObject({ id: 'high' });
    expect(n.power_line_220!.km).toBeCloseTo(3.2, 1);
  });

  it('filters by class: "110 kV or more within 1 km" drops the site that "any line within 1 km" keeps', () => {
    const index = buildFilterIndex(sites.map(toFilterable));
    const shown = (near: object) => applyFilterIndex(index, { ...emptyFilter(), near, keepNoData: false }).map((s) => s.id);
    expect(shown({ power_line: 1 })).toContain('tor-yurga');
    expect(shown({ power_line_110: 1 })).not.toContain('tor-yurga');
    expect(shown({ power_line_110: 5 })).toContain('tor-yurga');
    expect(nearTargetsIn(sites.map(toFilterable))).toEqual(expect.arrayContaining(['power_line_35', 'power_line_110', 'power_line_220', 'power_line_unknown']));
  });

  it('reads and writes near=power_line_110:5 in the link', () => {
    const state = parseUrlState('?near=power_line_110:5,power_line_bogus:1');
    expect(state.near).toEqual({ power_line_110: 5 });
    expect(filterFromUrl(state).near).toEqual({ power_line_110: 5 });
    expect(serializeUrlState(state).search).toBe('?near=power_line_110:5');
  });

  it('lists each class once in the passport, and every class in compare and the CSV', () => {
    const rows = buildPassport(yurga.properties, 'ru', () => undefined)
      .groups.flatMap((g) => g.rows)
      .filter((r) => r.label.startsWith('Ближайшее: ЛЭП'))
      .map((r) => r.label);
    // 35 and 110 kV are the same line as 220 kV: one row says all three.
    expect(rows).toEqual(['Ближайшее: ЛЭП', 'Ближайшее: ЛЭП 220 кВ и выше', 'Ближайшее: ЛЭП, напряжение неизвестно']);
    const compare = buildComparison([yurga.properties], 'en', () => undefined);
    expect(compare.rows.map((r) => r.key)).toEqual(expect.arrayContaining(['nearest:power_line_110', 'nearest:power_line_unknown']));
    expect(compare.rows.find((r) => r.key === 'nearest:power_line_110')?.label).toBe('Nearest: power line, 110 kV or more');
    const [header, row] = toCsv([yurga], 'ru', () => undefined).replace(/^\uFEFF/, '').split('\r\n');
    const cells = row!.split(',');
    expect(cells[header!.split(',').indexOf('nearest_power_line_110_name')]).toBe('ЛЭП high');
    expect(cells[header!.split(',').indexOf('nearest_power_line_unknown_name')]).toBe('ЛЭП unknown');
  });
});
