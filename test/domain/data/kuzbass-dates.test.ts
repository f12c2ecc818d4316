// No date of the Kuzbass data lives only in free text (#15): every year a site's or an
// infrastructure feature's texts mention is in one of that feature's dated events, or is listed
// here with the reason it stays text. A year in a source's title or in a structured field
// (asOf, legalBasis.date, regime.validUntil) is not free text.
import { describe, expect, it } from 'vitest';
import { eventYears } from '../../../src/domain/event-dates';
import { kuzbassFiles, type Loose } from '../../helpers/region-files';

/** Years that date a figure (a count "as of" a year, a peak load in a month), not an event. */
const DELIBERATELY_TEXTUAL: { id: string; year: number; why: string }[] = [
  { id: 'tor-yurga', year: 2020, why: 'the date of the residents and investment figures' },
  { id: 'kuzbass-technopark', year: 2009, why: 'the date of the "62 of 63 projects recommended" figure' },
  { id: 'kuzbass-technopark', year: 2010, why: 'the date of the earlier 9.5 thousand m² figure' },
  { id: 'kuzbass-technopark', year: 2011, why: 'the date of the residents figure' },
  { id: 'tor-prokopyevsk', year: 2021, why: "the station's design is grs-prokopyevsk's event (designed, 2021)" },
  { id: 'tom-usinsk-gres', year: 2015, why: 'the date of the peak load figure' },
  { id: 'belovo-gres', year: 2015, why: 'the date of the peak load figure' },
  { id: 'kemerovo-gres', year: 2015, why: 'the date of the peak load figure' },
  { id: 'kuznetsk-chp', year: 2015, why: 'the date of the peak load figure' },
];

/** Keys whose values are not free text. */
const NOT_TEXT = new Set(['sources', 'events', 'asOf', 'date', 'validUntil', 'id', 'number', 'municipalityId', 'partOf', 'code']);
const YEAR = /(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d,])/g;

function textYears(value: unknown, key = ''): number[] {
  if (NOT_TEXT.has(key)) return [];
  if (typeof value === 'string') return [...value.matchAll(YEAR)].map((m) => Number(m[1]));
  if (Array.isArray(value)) return value.flatMap((v) => textYears(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textYears(v, k));
  return [];
}

describe('the Kuzbass data keeps its dates in events', () => {
  const files = kuzbassFiles();
  const features = ['sites.geojson', 'infrastructure.geojson'].flatMap((file) => (files[file] as Loose).features.map((f: Loose) => ({ file, p: f.properties })));

  it('every year in a text is in an event of that feature, or listed as deliberately textual', () => {
    const unexplained: string[] = [];
    for (const { file, p } of features) {
      const inEvents = new Set((p.events ?? []).flatMap((e: { date: string }) => eventYears(e.date)));
      const listed = new Set(DELIBERATELY_TEXTUAL.filter((d) => d.id === p.id).map((d) => d.year));
      for (const year of new Set(textYears(p))) {
        if (!inEvents.has(year) && !listed.has(year)) unexplained.push(`${file}: ${p.id}: ${year}`);
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('lists nothing as textual that an event holds or no text mentions', () => {
    for (const d of DELIBERATELY_TEXTUAL) {
      const feature = features.find((f) => f.p.id === d.id);
      expect(feature, d.id).toBeDefined();
      expect(textYears(feature!.p), `${d.id} ${d.year}`).toContain(d.year);
      expect((feature!.p.events ?? []).flatMap((e: { date: string }) => eventYears(e.date)), `${d.id} ${d.year}`).not.toContain(d.year);
    }
  });

  it("has the SEZ's gas pipeline due 2028-2029, with the source that says so", () => {
    for (const id of ['sez-kuzbass-topki', 'sez-kuzbass-kemerovo']) {
      const sez = features.find((f) => f.p.id === id)!.p;
      const pipeline = sez.events.find((e: Loose) => e.kind === 'planned_commissioning');
      expect(pipeline.date).toBe('2028/2029');
      expect(pipeline.sources.map((s: Loose) => s.url)).toContain('https://expertsibdv.com/news/nekotorye-proekty-v-oez-kuzbass-otlozheny-do-2027-goda-iz-za-ozhidaniya-gazoprovoda/');
    }
  });
});
