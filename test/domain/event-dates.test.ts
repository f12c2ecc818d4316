import { describe, expect, it } from 'vitest';
import { byEventDate, certainlyBefore, eventDateSpan, eventYears } from '../../src/domain/event-dates';

describe('an event date as precise as its source', () => {
  it('reads a year, a month, a day and a range as the days they may mean', () => {
    expect(eventDateSpan('2016')).toEqual({ from: '2016-01-01', to: '2016-12-31' });
    expect(eventDateSpan('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(eventDateSpan('2016-07-07')).toEqual({ from: '2016-07-07', to: '2016-07-07' });
    expect(eventDateSpan('2028/2029')).toEqual({ from: '2028-01-01', to: '2029-12-31' });
    expect(eventDateSpan('2015-09/2015-11')).toEqual({ from: '2015-09-01', to: '2015-11-30' });
  });

  it('says what is wrong with a date it cannot read', () => {
    expect(eventDateSpan('07.07.2016')).toBe('"07.07.2016" is not a date: write 2016, 2016-07 or 2016-07-07');
    expect(eventDateSpan('2016-13')).toBe('"2016-13": there is no month 13');
    expect(eventDateSpan('2023-02-29')).toBe('"2023-02-29": 2023-02 has no day 29');
    expect(eventDateSpan('2029/2028')).toBe('"2029/2028" ends before it starts');
    expect(eventDateSpan('2028/2029/2030')).toContain('more than one "/"');
    expect(eventDateSpan('2028–2029')).toContain('is not a date');
  });

  it('is before another only when certainly so, and sorts oldest first', () => {
    expect(certainlyBefore('2016', '2017-01-01')).toBe(true);
    expect(certainlyBefore('2016', '2016-07-07')).toBe(false);
    expect(certainlyBefore('2028/2029', '2029')).toBe(false);
    expect(['2029', '2016-07-07', '2016', '2028/2029'].sort(byEventDate)).toEqual(['2016', '2016-07-07', '2028/2029', '2029']);
  });

  it('names the years it may fall in', () => {
    expect(eventYears('2021/2025')).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(eventYears('2015-09/2015-11')).toEqual([2015]);
  });
});
