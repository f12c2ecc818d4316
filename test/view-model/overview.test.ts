import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../src/domain/data/build-region';
import type { BuiltSiteFeature, BuiltSiteProperties } from '../../src/domain/schema/derived';
import { buildOverview } from '../../src/view-model/overview';
import { sitesInYear } from '../../src/domain/roadmap';
import { fixtureRegionFiles, kuzbassFiles, reader } from '../helpers/region-files';

const sites = (buildRegion(reader(fixtureRegionFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features.map(
  (f) => f.properties,
);
// The frozen fixture has no dated events: the roadmap year is read on the shipped Kuzbass data.
const kuzbass = (buildRegion(reader(kuzbassFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
const names = (id: string) => ({ 'kemerovo-go': 'Кемеровский городской округ', 'novokuznetsk-go': 'Новокузнецкий городской округ' })[id];

describe('region overview', () => {
  const ru = buildOverview(sites, 'ru', names);

  it('counts the 12 Kuzbass sites by status, the counts summing to all of them', () => {
    expect(ru.totals.sites).toBe(12);
    expect(ru.byStatus.reduce((n, g) => n + g.count, 0)).toBe(12);
    expect(ru.byStatus.map((g) => [g.key, g.count])).toEqual([
      ['operating', 7],
      ['under_construction', 3],
      ['planned', 1],
      ['unknown', 1],
    ]);
    expect(ru.byStatus[0]!.label).toBe('Действует');
  });

  it('sorts groups by count, then by name', () => {
    expect(ru.byKind.map((g) => [g.key, g.count])).toEqual([
      ['tor', 4],
      ['industrial_park', 3],
      ['technopark', 3],
      ['sez', 2],
    ]);
    expect(ru.byKind.map((g) => g.label)).toEqual(['ТОР (ТОСЭР)', 'Индустриальный парк', 'Технопарк', 'Особая экономическая зона']);
    expect(ru.byMunicipality[0]).toMatchObject({ key: 'kemerovo-go', label: 'Кемеровский городской округ', count: 4 });
    expect(ru.byMunicipality.reduce((n, g) => n + g.count, 0)).toBe(12);
  });

  it('sums only the areas that are known, and says on how many sites they rest', () => {
    // Declared: Topki 564.32, Anzhero-Sudzhensk 200, Prigorodny 29, Zagorskoe 58.07, Novokuznetsk private 40.
    expect(ru.totals.areaHa).toBe(891.39);
    expect(ru.totals.areaKnownCount).toBe(5);
    const operating = ru.byStatus.find((g) => g.key === 'operating')!;
    expect(operating).toMatchObject({ count: 7, areaHa: 200, areaKnownCount: 1 });
    const sez = ru.byKind.find((g) => g.key === 'sez')!;
    expect(sez).toMatchObject({ count: 2, areaHa: 564.32, areaKnownCount: 1 });
  });

  it('counts the SEZ «Кузбасс» figures once although both of its sites carry them', () => {
    // Residents: SEZ 5 (whole zone, on both parts) + Yurga TOR 6 + Kuzbass Technopark 28.
    expect(ru.totals.residents).toBe(39);
    expect(ru.totals.residentsKnownCount).toBe(4);
    // Jobs: SEZ 1,235 + Prigorodny 300. Investment: SEZ 92.8 + Yurga TOR 7.5 bn RUB.
    expect(ru.totals.jobs).toBe(1535);
    expect(ru.totals.jobsKnownCount).toBe(3);
    expect(ru.totals.investmentRubBn).toBe(100.3);
    expect(ru.totals.investmentKnownCount).toBe(3);
  });

  it('still counts a zone once when only a later part carries the figure', () => {
    const [topki, kemerovo] = ['sez-kuzbass-topki', 'sez-kuzbass-kemerovo'].map((id) => sites.find((p) => p.id === id)!);
    const bare: BuiltSiteProperties = { ...topki!, economy: undefined };
    const o = buildOverview([bare, kemerovo!, kemerovo!], 'en', () => undefined);
    expect(o.totals.residents).toBe(5);
    expect(o.totals.residentsKnownCount).toBe(2);
  });

  it('treats unknown as unknown, not zero, and names groups in English', () => {
    const en = buildOverview(sites.filter((p) => p.kind === 'technopark' && p.id !== 'zagorskoe-technopark'), 'en', () => undefined);
    expect(en.totals).toMatchObject({ sites: 2, areaHa: 0, areaKnownCount: 0, jobs: 0, jobsKnownCount: 0 });
    expect(en.byKind[0]!.label).toBe('Technopark');
    expect(en.byMunicipality[0]!.label).toBe('kemerovo-go');
    const empty = buildOverview([], 'ru', names);
    expect(empty.totals).toMatchObject({ sites: 0, residents: 0, residentsKnownCount: 0 });
    expect(empty.byStatus).toEqual([]);
  });

  it('shows the region in a roadmap year: statuses then, the sites not yet created counted apart, plans due and past due', () => {
    const in2010 = sitesInYear(kuzbass, 2010, 2026).map((f) => f.properties);
    const o = buildOverview(in2010, 'ru', names, { year: 2010, notYetCreated: kuzbass.length - in2010.length });
    expect(o.roadmap).toEqual({ year: 2010, notYetCreated: 7, due: 0, pastDue: 0 });
    expect(o.totals.sites).toBe(5);
    // The technopark's commissioning (2013) is recorded after 2010: its status then is unknown.
    expect(o.byStatus.find((g) => g.key === 'unknown')?.count).toBe(2);
    const all = kuzbass.map((f) => f.properties);
    const in2031 = buildOverview(all, 'ru', names, { year: 2031, notYetCreated: 0 });
    // Both SEZ sites (the pipeline, due 2028–2029) and the private park (autumn 2015).
    expect(in2031.roadmap).toMatchObject({ due: 0, pastDue: 3 });
    expect(buildOverview(all, 'ru', names, { year: 2029, notYetCreated: 0 }).roadmap).toMatchObject({ due: 2, pastDue: 1 });
  });
});
