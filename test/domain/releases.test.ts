// "What changed since the last hearing": two releases, the current Kuzbass data and the same with
// a changed status, a changed area, a new event, a new site and one removed, give that report.
import { describe, expect, it } from 'vitest';
import { compareReleases, makeRelease, type FeatureLike } from '../../src/domain/releases';
import { ReleaseFile } from '../../src/domain/schema/release';
import { reportRows } from '../../src/view-model/release-report';
import { reportCsv } from '../../src/view-model/release-csv';
import { kuzbassFiles, type Loose } from '../helpers/region-files';

const files = kuzbassFiles();
const props = (name: string): FeatureLike[] => (files[name] as Loose).features.map((f: Loose) => structuredClone(f.properties));

function releases() {
  const before = makeRelease('kuzbass', '2026-12-07', props('sites.geojson'), props('infrastructure.geojson'));
  const sites = props('sites.geojson');
  const prigorodny = sites.find((s) => s.id === 'prigorodny-eco-industrial-park')!;
  prigorodny.status = 'operating';
  prigorodny.land!.totalAreaHa = { value: 35 };
  prigorodny.events = [...(prigorodny.events ?? []), { date: '2027-02-10', kind: 'status_changed', status: 'operating', text: { ru: 'Парк открыт', en: 'Park opened' } }];
  const withoutZagorskoe = sites.filter((s) => s.id !== 'zagorskoe-technopark');
  const added: FeatureLike = { id: 'new-park', name: { ru: 'Новый парк' }, status: 'planned', events: [] };
  const after = makeRelease('kuzbass', '2027-03-01', [...withoutZagorskoe, added], props('infrastructure.geojson'));
  return { before, after };
}

describe('releases of the region data', () => {
  it('keep per feature its status, figures (unknown ones left out) and events, and pass their own schema', () => {
    const { before } = releases();
    expect(before.features['tor-yurga']).toMatchObject({ layer: 'sites', status: 'operating', figures: { residents: 6, investmentRubBn: 7.5 } });
    expect(before.features['zapadny-industrial-park']!.figures).toEqual({});
    expect(before.features['grs-topki']!.layer).toBe('infrastructure');
    expect(ReleaseFile.safeParse(before).success).toBe(true);
  });

  it('compare into new and removed sites, status and figure changes, events in between and plans past due', () => {
    const { before, after } = releases();
    const changes = compareReleases(before, after).map((c) => [c.type, c.id, 'figure' in c ? c.figure : 'event' in c ? c.event.date : 'from' in c ? `${c.from}->${c.to}` : '']);
    expect(changes).toEqual([
      ['status', 'prigorodny-eco-industrial-park', 'under_construction->operating'],
      ['figure', 'prigorodny-eco-industrial-park', 'totalAreaHa'],
      ['event', 'prigorodny-eco-industrial-park', '2027-02-10'],
      ['past_due', 'novokuznetsk-private-industrial-park', '2015-09/2015-11'],
      ['added', 'new-park', ''],
      ['past_due', 'grs-topki', '2021/2025'],
      ['removed', 'zagorskoe-technopark', ''],
    ]);
  });

  it('read as a report on screen and as CSV, in Russian and English', () => {
    const { before, after } = releases();
    const rows = reportRows(compareReleases(before, after), 'ru');
    expect(rows[0]).toMatchObject({ changeLabel: 'Смена статуса', before: 'Строится', after: 'Действует' });
    expect(rows[1]).toMatchObject({ what: 'Общая площадь', before: '29', after: '35' });
    expect(rows[2]).toMatchObject({ changeLabel: 'Новое событие', what: '10 февраля 2027 г. Смена статуса', after: 'Парк открыт' });
    const csv = reportCsv(reportRows(compareReleases(before, after), 'en'));
    expect(csv.startsWith('\uFEFFchange,id,name,what,before,after\r\n')).toBe(true);
    expect(csv).toContain('Status changed,prigorodny-eco-industrial-park,');
    expect(csv.trim().split('\r\n')).toHaveLength(8);
  });

  it("word an infrastructure feature's status in its own words, not as a code", () => {
    const { before } = releases();
    const built = structuredClone(before);
    built.features['grs-prokopyevsk']!.status = 'existing';
    const [row] = reportRows(compareReleases(before, built).filter((c) => c.type === 'status'), 'ru');
    expect(row).toMatchObject({ name: 'ГРС для Прокопьевска (проект)', before: 'Планируется', after: 'Существует' });
  });

  it('find nothing changed between a release and itself but the plans past due', () => {
    const { before } = releases();
    expect(compareReleases(before, before).map((c) => c.type)).toEqual(['past_due', 'past_due']);
  });
});
