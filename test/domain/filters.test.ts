import { describe, expect, it } from 'vitest';
import { emptyFilter, isFilterActive, missingFor, toFilterable, type FilterableSite } from '../../src/domain/filters';
import { applyFilter } from '../helpers/reference-filter';
import { sortSites } from '../../src/domain/sort';
import { buildRegion } from '../../src/domain/data/build-region';
import type { BuiltSiteFeature } from '../../src/domain/schema/derived';
import { fixtureRegionFiles, reader } from '../helpers/region-files';

const built = (buildRegion(reader(fixtureRegionFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
const sites = built.map(toFilterable);
const ids = (list: FilterableSite[]) => list.map((s) => s.id).sort();

const site = (id: string, over: Partial<FilterableSite>): FilterableSite => ({
  id,
  status: 'operating',
  kind: 'industrial_park',
  municipalityId: 'm',
  areaHa: undefined,
  freeAreaHa: undefined,
  electricityMw: undefined,
  nearestKm: {},
  text: id,
  ...over,
});

describe('filters on the Kuzbass data', () => {
  it('keeps everything with no filter', () => {
    expect(applyFilter(sites, emptyFilter())).toHaveLength(12);
    expect(isFilterActive(emptyFilter())).toBe(false);
  });

  it('narrows by status and kind', () => {
    expect(ids(applyFilter(sites, { ...emptyFilter(), kind: ['tor'] }))).toEqual([
      'tor-anzhero-sudzhensk',
      'tor-novokuznetsk',
      'tor-prokopyevsk',
      'tor-yurga',
    ]);
    const planned = applyFilter(sites, { ...emptyFilter(), status: ['planned', 'under_construction'] });
    expect(planned.every((s) => s.status === 'planned' || s.status === 'under_construction')).toBe(true);
    expect(planned.length).toBeGreaterThan(0);
  });

  it('narrows by municipality', () => {
    expect(ids(applyFilter(sites, { ...emptyFilter(), mun: ['yurga-go'] }))).toEqual(['tor-yurga']);
  });

  it('searches names in either language, ignoring case, quotes and ё', () => {
    expect(ids(applyFilter(sites, { ...emptyFilter(), q: 'юрга' }))).toEqual(['tor-yurga']);
    expect(ids(applyFilter(sites, { ...emptyFilter(), q: 'YURGA' }))).toEqual(['tor-yurga']);
    expect(ids(applyFilter(sites, { ...emptyFilter(), q: '«Западный»' }))).toHaveLength(1);
  });

  it('uses the declared area, keeps unknown areas by default and drops them when asked', () => {
    const big = { ...emptyFilter(), minArea: 100 };
    const kept = applyFilter(sites, big);
    expect(kept.map((s) => s.id)).toContain('sez-kuzbass-topki'); // 564.32 ha
    expect(kept.map((s) => s.id)).not.toContain('prigorodny-eco-industrial-park'); // 29 ha
    expect(kept.some((s) => s.areaHa === undefined)).toBe(true);
    const strict = applyFilter(sites, { ...big, keepNoData: false });
    expect(strict.every((s) => s.areaHa !== undefined && s.areaHa >= 100)).toBe(true);
  });
});

describe('filters on constructed sites', () => {
  const a = site('a', { areaHa: 50, freeAreaHa: 10, electricityMw: 5, nearestKm: { substation: 3, airport: 40 } });
  const b = site('b', { areaHa: 200, nearestKm: { substation: 12 } });
  const c = site('c', {});

  it('filters by distance to each infrastructure kind', () => {
    expect(ids(applyFilter([a, b, c], { ...emptyFilter(), near: { substation: 5 }, keepNoData: false }))).toEqual(['a']);
    expect(ids(applyFilter([a, b, c], { ...emptyFilter(), near: { substation: 5 } }))).toEqual(['a', 'c']);
  });

  it('filters by free area and electric capacity', () => {
    expect(ids(applyFilter([a, b, c], { ...emptyFilter(), minFree: 5, minMw: 4, keepNoData: false }))).toEqual(['a']);
  });

  it('says which active filters a site has no data for', () => {
    const f = { ...emptyFilter(), minArea: 10, near: { airport: 50 } };
    expect(missingFor(c, f)).toEqual(['area', 'near:airport']);
    expect(missingFor(a, f)).toEqual([]);
  });

  it('sorts by area and by distance, unknown values last', () => {
    const name = (id: string) => id;
    expect(sortSites([c, a, b], 'area', name, 'ru').map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(sortSites([c, b, a], 'dist:substation', name, 'ru').map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(sortSites([c, b, a], 'name', name, 'ru').map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});
