import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../src/domain/data/build-region';
import type { BuiltSiteFeature } from '../../src/domain/schema/derived';
import { buildPassport, type Passport } from '../../src/view-model/passport';
import { fixtureRegionFiles, kuzbassFiles, reader } from '../helpers/region-files';

const sites = (buildRegion(reader(fixtureRegionFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
const site = (id: string) => sites.find((s) => s.properties.id === id)!.properties;
const row = (p: Passport, label: string) => p.groups.flatMap((g) => g.rows).find((r) => r.label === label);
const names = () => 'Топкинский муниципальный округ';

describe('site passport', () => {
  const topki = buildPassport(site('sez-kuzbass-topki'), 'ru', names);

  it('heads with the name and says the location is only the town centre', () => {
    expect(topki.name).toMatch(/^ОЭЗ .*«Кузбасс»/);
    expect(topki.precisionNote).toBe('Местоположение приблизительное (центр населённого пункта)');
  });

  it('shows known figures with units in Russian number format', () => {
    expect(row(topki, 'Общая площадь')?.value).toBe('564,32 га');
    expect(row(topki, 'Год создания')?.value).toBe('2022');
  });

  it('shows unknown values as no data instead of inventing them', () => {
    expect(row(topki, 'Свободная площадь')?.value).toBeNull();
    expect(row(topki, 'Газ')?.value).toBeNull();
    expect(row(topki, 'Управляющая компания')?.value).toBeNull();
  });

  it('marks nearest distances from an approximate location as approximate', () => {
    const nearest = topki.groups.find((g) => g.key === 'groupDerived')!.rows.filter((r) => r.label.startsWith('Ближайшее'));
    expect(nearest.length).toBeGreaterThan(0);
    for (const r of nearest) {
      expect(r.approximate).toBe(true);
      expect(r.value).toMatch(/ — [\d ,]+ км$/);
    }
  });

  it('lists every source with its date, and links only https', () => {
    expect(topki.sources.length).toBe(site('sez-kuzbass-topki').sources.length);
    for (const s of topki.sources) {
      expect(s.accessed).toMatch(/\d{4}/);
      if (s.url) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('makes only https addresses links: javascript:, data:, http: and relative ones stay text', () => {
    const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/', '//evil.example/', '/relative'];
    const base = site('kuzbass-technopark');
    for (const url of hostile) {
      const p = buildPassport({ ...base, sources: [{ title: 'Источник', url, accessed: '2026-11-27' }], people: { ...base.people, website: url } }, 'ru', names);
      // Shown as text (React renders it as text), never as a link.
      expect(p.sources[0]).toEqual({ title: 'Источник', address: url, accessed: expect.any(String) });
      const website = p.groups.flatMap((g) => g.rows).find((r) => r.label === 'Сайт');
      expect(website?.href).toBeUndefined();
    }
    const fine = buildPassport({ ...base, sources: [{ title: 'Источник', url: 'https://example.org/a', accessed: '2026-11-27' }], people: { ...base.people, website: 'https://example.org/' } }, 'ru', names);
    expect(fine.sources[0]?.url).toBe('https://example.org/a');
    expect(fine.groups.flatMap((g) => g.rows).find((r) => r.label === 'Сайт')?.href).toBe('https://example.org/');
  });

  it('speaks English with ?lang=en, keeping the data\'s own English names', () => {
    const en = buildPassport(site('sez-kuzbass-topki'), 'en', () => 'Topkinsky');
    expect(en.name).toBe(site('sez-kuzbass-topki').name.en);
    expect(row(en, 'Total area')?.value).toBe('564.32 ha');
    expect(row(en, 'Free area')?.value).toBeNull();
  });

  it('makes phone and email real links', () => {
    const p = site('kuzbass-technopark');
    const withContacts = { ...p, people: { ...p.people, phone: '+7 (3842) 00-00-00', email: 'info@example.org', website: 'http://insecure.example' } };
    const passport = buildPassport(withContacts, 'ru', names);
    expect(row(passport, 'Телефон')?.href).toBe('tel:+73842000000');
    expect(row(passport, 'Эл. почта')?.href).toBe('mailto:info@example.org');
    expect(row(passport, 'Сайт')?.href).toBeUndefined();
  });
});

describe("a site's timeline in its passport", () => {
  const kuzbass = (buildRegion(reader(kuzbassFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
  const of = (id: string, lang: 'ru' | 'en') => buildPassport(kuzbass.find((s) => s.properties.id === id)!.properties, lang, names).timeline;

  it('lists each dated event oldest first, as precisely as it is known, with its own sources', () => {
    const sez = of('sez-kuzbass-topki', 'ru');
    expect(sez.map((e) => [e.date, e.kind])).toEqual([
      ['29 октября 2022 г.', 'Создание'],
      ['декабрь 2023 г.', 'Проектирование'],
      ['2024–2031', 'Запланированные работы'],
      ['2027', 'Отложено до'],
      ['2028–2029', 'Плановый ввод'],
    ]);
    expect(sez[4]!.text).toContain('410 км');
    expect(sez[4]!.sources.map((s) => s.url)).toEqual(['https://expertsibdv.com/news/nekotorye-proekty-v-oez-kuzbass-otlozheny-do-2027-goda-iz-za-ozhidaniya-gazoprovoda/']);
    const technopark = of('kuzbass-technopark', 'en');
    expect(technopark.map((e) => e.date)).toEqual(['2006–2007', '2 July 2008', '2013', '2024']);
    expect(of('kemz-technopark', 'en')[0]!.date).toBe('August 2021');
  });

  it('is empty for a site whose data has no events', () => {
    expect(buildPassport(site('sez-kuzbass-topki'), 'ru', names).timeline).toEqual([]);
  });
});

describe("a site's plans in the roadmap year", () => {
  const kuzbass = (buildRegion(reader(kuzbassFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
  const plan = (id: string, year: number | undefined, lang: 'ru' | 'en' = 'en') =>
    buildPassport(kuzbass.find((s) => s.properties.id === id)!.properties, lang, names, year).timeline.find((e) => e.text.includes('410'))?.plan;

  it('marks the gas pipeline due in 2029 and past due in 2031, and nothing before it is due', () => {
    expect(plan('sez-kuzbass-topki', 2029)).toEqual({ state: 'due', label: 'due in 2029' });
    expect(plan('sez-kuzbass-topki', 2031, 'ru')).toEqual({ state: 'past_due', label: 'срок прошёл, завершение не отмечено (2031)' });
    expect(plan('sez-kuzbass-topki', 2026)).toBeUndefined();
    expect(plan('sez-kuzbass-topki', undefined)).toBeUndefined();
  });
});
