import { describe, expect, it } from 'vitest';
import { planStateIn, withPlansPastDue, yearOfDate } from '../../src/domain/roadmap';

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
