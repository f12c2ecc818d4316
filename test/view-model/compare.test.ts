import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../src/domain/data/build-region';
import type { BuiltSiteFeature, BuiltSiteProperties } from '../../src/domain/schema/derived';
import { buildComparison, type Comparison } from '../../src/view-model/compare';
import { fixtureRegionFiles, reader } from '../helpers/region-files';

const sites = (buildRegion(reader(fixtureRegionFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
const site = (id: string) => sites.find((s) => s.properties.id === id)!.properties;
const names = (id: string) => ({ 'topkinsky-mo': 'Топкинский муниципальный округ', 'yurga-go': 'Юргинский городской округ' })[id];
const row = (c: Comparison, key: string) => c.rows.find((r) => r.key === key)!;
const best = (c: Comparison, key: string) => row(c, key).cells.map((cell) => cell.best === true);

describe('site comparison', () => {
  const ids = ['sez-kuzbass-topki', 'tor-yurga', 'tor-anzhero-sudzhensk'];
  const ru = buildComparison(ids.map(site), 'ru', names);

  it('has one column per site, named in the chosen language, in the order asked', () => {
    expect(ru.columns.map((c) => c.id)).toEqual(ids);
    expect(ru.columns[1]!.name).toBe('ТОСЭР «Юрга»');
    for (const r of ru.rows) expect(r.cells).toHaveLength(3);
  });

  it('shows figures with units and marks the largest area as best', () => {
    expect(row(ru, 'totalArea').label).toBe('Общая площадь');
    expect(row(ru, 'totalArea').cells.map((c) => c.text)).toEqual(['564,32 га', null, '200 га']);
    expect(best(ru, 'totalArea')).toEqual([true, false, false]);
    expect(best(ru, 'residents')).toEqual([false, true, false]);
    expect(row(ru, 'residents').cells.map((c) => c.text)).toEqual(['5', '6', null]);
  });

  it('shows unknown values as no data and marks no best when nobody or only one site has a value', () => {
    expect(row(ru, 'freeArea').cells.map((c) => c.text)).toEqual([null, null, null]);
    expect(best(ru, 'freeArea')).toEqual([false, false, false]);
    const one = buildComparison([site('kuzbass-technopark'), site('tor-yurga')], 'ru', names);
    expect(row(one, 'electricity').cells.map((c) => c.text)).toEqual(['8,7 МВт', null]);
    expect(best(one, 'electricity')).toEqual([false, false]);
  });

  it('marks nothing as best where more is not better (year, kind, status)', () => {
    for (const key of ['kind', 'status', 'municipality', 'yearCreated', 'regime', 'locationPrecision']) {
      expect(best(ru, key)).toEqual([false, false, false]);
    }
    expect(row(ru, 'yearCreated').cells.map((c) => c.text)).toEqual(['2022', '2016', '2016']);
    expect(row(ru, 'municipality').cells.map((c) => c.text)).toEqual(['Топкинский муниципальный округ', 'Юргинский городской округ', 'anzhero-sudzhensk-go']);
  });

  it('marks the nearest computed distance best, every tied one too, and flags them approximate', () => {
    expect(row(ru, 'nearest:airport').cells.map((c) => c.text)).toEqual([
      'Аэропорт Кемерово — 31,2 км',
      'Аэропорт Кемерово — 91,6 км',
      'Аэропорт Кемерово — 90,1 км',
    ]);
    expect(best(ru, 'nearest:airport')).toEqual([true, false, false]);
    expect(best(ru, 'nearest:substation')).toEqual([false, true, true]);
    expect(best(ru, 'nearest:rail_station')).toEqual([true, true, true]);
    expect(row(ru, 'nearest:rail_station').label).toBe('Ближайшее: ж/д станция');
    for (const r of ru.rows.filter((r) => r.key.startsWith('nearest:'))) {
      for (const cell of r.cells) expect(cell.approximate).toBe(true);
    }
  });

  it('calls distances that read the same on screen a tie', () => {
    const a = site('tor-yurga');
    const hit = a.derived.nearest.airport!;
    const near = (km: number): BuiltSiteProperties => ({ ...a, derived: { ...a.derived, nearest: { airport: { ...hit, km } } } });
    const c = buildComparison([near(12.34), near(12.31), near(12.5)], 'en', () => undefined);
    expect(row(c, 'nearest:airport').cells.map((x) => x.text)).toEqual([
      'Kemerovo Airport — 12.3 km',
      'Kemerovo Airport — 12.3 km',
      'Kemerovo Airport — 12.5 km',
    ]);
    expect(best(c, 'nearest:airport')).toEqual([true, true, false]);
  });

  it('keeps the two parts of one SEZ as separate columns, with the zone-wide figures tied', () => {
    const sez = buildComparison([site('sez-kuzbass-topki'), site('sez-kuzbass-kemerovo')], 'en', () => undefined);
    expect(sez.columns.map((c) => c.id)).toEqual(['sez-kuzbass-topki', 'sez-kuzbass-kemerovo']);
    expect(row(sez, 'jobs').cells.map((c) => c.text)).toEqual(['1,235', '1,235']);
    expect(best(sez, 'jobs')).toEqual([true, true]);
    expect(row(sez, 'investment').cells[0]!.text).toBe('92.8 bn RUB');
  });

  it('speaks English and only lists infrastructure kinds some site has a distance to', () => {
    const en = buildComparison(ids.map(site), 'en', () => undefined);
    expect(row(en, 'totalArea').cells[0]!.text).toBe('564.32 ha');
    expect(row(en, 'kind').cells[0]!.text).toBe('Special economic zone');
    expect(row(en, 'locationPrecision').cells[0]!.text).toBe('Location approximate (town centre)');
    const present = new Set(ids.flatMap((id) => Object.keys(site(id).derived.nearest)));
    expect(en.rows.filter((r) => r.key.startsWith('nearest:')).map((r) => r.key.slice(8)).sort()).toEqual([...present].sort());
  });

  it('passes on an estimate as approximate', () => {
    const p = site('tor-yurga');
    const estimated = { ...p, land: { totalAreaHa: { value: 100, approximate: true as const } } };
    const c = buildComparison([estimated, site('tor-anzhero-sudzhensk')], 'ru', names);
    expect(row(c, 'totalArea').cells[0]).toEqual({ text: '100 га', approximate: true });
    expect(best(c, 'totalArea')).toEqual([false, true]);
  });
});
