import { describe, expect, it } from 'vitest';
import { openPlanIn, openPlanTimeline, planStateIn, siteInYear, sitesInYear, withPlansPastDue, yearOfDate } from '../../src/domain/roadmap';
import type { BuiltSiteFeature } from '../../src/domain/schema/derived';

const pipeline = { date: '2028/2029', kind: 'planned_commissioning' as const };

describe('a plan in the roadmap year', () => {
  it('is upcoming before its date, due within it, and past due after it with no completion recorded', () => {
    expect(planStateIn(pipeline, [pipeline], 2027)).toBe('upcoming');
    expect(planStateIn(pipeline, [pipeline], 2028)).toBe('due');
    expect(planStateIn(pipeline, [pipeline], 2029)).toBe('due');
    expect(planStateIn(pipeline, [pipeline], 2031)).toBe('past_due');
  });

  it('is done once the feature records its commissioning, from that year on', () => {
    const events = [pipeline, { date: '2030-06', kind: 'commissioned' as const }];
    expect(planStateIn(pipeline, events, 2029)).toBe('due');
    expect(planStateIn(pipeline, events, 2031)).toBe('done');
    // A commissioning before the plan was for an earlier thing, not this one.
    expect(planStateIn(pipeline, [pipeline, { date: '2011', kind: 'commissioned' as const }], 2031)).toBe('past_due');
  });

  it('is nothing for an event that is no plan', () => {
    expect(planStateIn({ date: '2016', kind: 'created' }, [], 2020)).toBeUndefined();
    expect(planStateIn({ date: '2030', kind: 'extended_until' }, [], 2031)).toBeUndefined();
  });

  it('flags the features with a plan past due that year', () => {
    const features = [
      { id: 'sez', events: [pipeline] },
      { id: 'done', events: [pipeline, { date: '2029-10', kind: 'commissioned' as const }] },
      { id: 'none' },
    ];
    expect([...withPlansPastDue(features, 2029)]).toEqual([]);
    expect([...withPlansPastDue(features, 2031)]).toEqual(['sez']);
  });

  it("defaults to the data's year", () => {
    expect(yearOfDate('2026-11-27')).toBe(2026);
  });
});

describe('a site in the roadmap year', () => {
  const created = { date: '2022-10-29', kind: 'created' as const };
  const sez = { status: 'under_construction' as const, asOf: '2026-11-01', events: [created, pipeline] };

  it('is not there before its recorded creation, and is from that year on', () => {
    expect(siteInYear(sez, 2021, 2026).exists).toBe(false);
    expect(siteInYear(sez, 2022, 2026)).toEqual({ exists: true, status: 'under_construction' });
    // A range counts from its first year: it may have existed then.
    expect(siteInYear({ ...sez, events: [{ date: '2006/2007', kind: 'created' as const }] }, 2006, 2026).exists).toBe(true);
  });

  it('has, in a past year, the status its events record by then; unknown if they record one only later', () => {
    const technopark = { status: 'operating' as const, asOf: '2026-11-01', events: [{ date: '2006/2007', kind: 'created' as const }, { date: '2013', kind: 'commissioned' as const }] };
    expect(siteInYear(technopark, 2010, 2026).status).toBe('unknown');
    expect(siteInYear(technopark, 2013, 2026).status).toBe('operating');
    const paused = { status: 'operating' as const, asOf: '2026-11-01', events: [{ date: '2019', kind: 'status_changed' as const, status: 'planned' }, { date: '2024-03', kind: 'status_changed' as const, status: 'operating' }] };
    expect(siteInYear(paused, 2020, 2026).status).toBe('planned');
    // With no status event at all, the recorded status stands: nothing says it was different.
    expect(siteInYear({ status: 'operating', asOf: '2026-11-01' }, 2010, 2026).status).toBe('operating');
  });

  it('keeps its recorded status in the data year and after: a plan due later is not taken as done', () => {
    expect(siteInYear(sez, 2030, 2026).status).toBe('under_construction');
  });

  it('leaves the sites array as it is when the year changes nothing, so every view of the data year is the one the pages were written with', () => {
    const site = (id: string, events: object[]) => ({ properties: { id, status: 'operating', asOf: '2026-11-01', events } }) as unknown as BuiltSiteFeature;
    const sites = [site('a', [created]), site('b', [])];
    expect(sitesInYear(sites, 2026, 2026)).toBe(sites);
    expect(sitesInYear(sites, 2019, 2026).map((s) => s.properties.id)).toEqual(['b']);
  });
});

describe("a feature's open plan", () => {
  const stage = { date: '2024/2031', kind: 'planned_works' as const };
  it('is the most pressing of its plans in a year', () => {
    expect(openPlanIn([stage, pipeline], 2026)).toBe('due');
    expect(openPlanIn([stage, pipeline], 2030)).toBe('past_due');
    expect(openPlanIn([{ date: '2016', kind: 'created' }], 2030)).toBeUndefined();
  });

  it('changes only in the few years the map draws from, and agrees with the year-by-year answer', () => {
    const events = [stage, pipeline, { date: '2033', kind: 'commissioned' as const }];
    const timeline = openPlanTimeline(events);
    expect(timeline).toEqual({ before: 'upcoming', changes: [{ from: 2024, state: 'due' }, { from: 2030, state: 'past_due' }, { from: 2033, state: undefined }] });
    for (let year = 2015; year <= 2040; year++) {
      const change = timeline.changes.filter((c) => c.from <= year).at(-1);
      expect(change ? change.state : timeline.before, String(year)).toBe(openPlanIn(events, year));
    }
  });
});
