// An event's date as precise as its source gives it: a year ("2016"), a month ("2016-07"), a day
// ("2016-07-07"), or a range of those ("2028/2029", "2015-09/2015-11"). Each reads as the span of
// days it may mean, so "2028/2029" runs from 1 January 2028 to 31 December 2029, and two dates
// compare by what is certain: one is before another only if it ends before the other begins.

export interface DaySpan {
  /** The first day it may mean, YYYY-MM-DD. */
  from: string;
  /** The last day it may mean, YYYY-MM-DD. */
  to: string;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The span of one date, or a message saying what is wrong with it. */
function pointSpan(text: string): DaySpan | string {
  const m = POINT.exec(text);
  if (!m) return `"${text}" is not a date: write 2016, 2016-07 or 2016-07-07`;
  const year = Number(m[1]);
  if (m[2] === undefined) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}": there is no month ${m[2]}`;
  if (m[3] === undefined) return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysIn(year, month))}` };
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return `"${text}": ${year}-${pad(month)} has no day ${m[3]}`;
  return { from: text, to: text };
}

/** The days `date` may mean, or a message naming what is wrong (an unknown form, an impossible day, a range ending before it starts). */
export function eventDateSpan(date: string): DaySpan | string {
  const parts = date.split('/');
  if (parts.length > 2) return `"${date}" has more than one "/": a range is two dates, "2028/2029"`;
  const spans = parts.map(pointSpan);
  const bad = spans.find((s): s is string => typeof s === 'string');
  if (bad) return bad;
  const [first, last] = [spans[0] as DaySpan, spans[spans.length - 1] as DaySpan];
  if (last.to < first.from) return `"${date}" ends before it starts`;
  return { from: first.from, to: last.to };
}

const spanOf = (date: string): DaySpan => {
  const span = eventDateSpan(date);
  if (typeof span === 'string') throw new Error(span);
  return span;
};

/** `a` is certainly before `b`: all the days `a` may mean come before all those of `b`. */
export const certainlyBefore = (a: string, b: string): boolean => spanOf(a).to < spanOf(b).from;

/** Oldest first: by first possible day, then by last (a year before a day within it). */
export const byEventDate = (a: string, b: string): number => {
  const [x, y] = [spanOf(a), spanOf(b)];
  return x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0;
};

/** The first and last calendar year a date may fall in ("2028/2029": 2028, 2029). */
export function eventYearSpan(date: string): [number, number] {
  const { from, to } = spanOf(date);
  return [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
}

/** The calendar years a date may fall in ("2028/2029": 2028 and 2029). */
export function eventYears(date: string): number[] {
  const [first, last] = eventYearSpan(date);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** `date`'s day by the local calendar, YYYY-MM-DD: the day a user or maintainer calls today. */
export const localDay = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
