// The roadmap in a given year: where a plan stands then. A plan (planned_commissioning,
// planned_works) is "due" in the years its date covers, "past due" in any year after them unless
// the feature records its commissioning, and "upcoming" before. The data can only say what it
// records: "past due" means no completion is recorded, not that nothing was built.
import { statusFromEvents } from './data/check-events';
import { certainlyBefore, eventYearSpan } from './event-dates';
import type { BuiltSiteFeature } from './schema/derived';
import type { EventKind, SiteStatus } from './schema/vocabulary';

export type PlanState = 'upcoming' | 'due' | 'past_due' | 'done';

interface EventLike {
  date: string;
  kind: EventKind;
  status?: string;
}

const PLANS: ReadonlySet<EventKind> = new Set<EventKind>(['planned_commissioning', 'planned_works']);

/** Where `plan` stands in `year` among the feature's `events`; undefined for an event that is no plan. */
export function planStateIn(plan: EventLike, events: readonly EventLike[], year: number): PlanState | undefined {
  if (!PLANS.has(plan.kind)) return undefined;
  const [first, last] = eventYearSpan(plan.date);
  // Commissioned in or before `year`, and not before the plan was made for it.
  const done = events.some((e) => e.kind === 'commissioned' && eventYearSpan(e.date)[0] <= year && !certainlyBefore(e.date, plan.date));
  if (done) return 'done';
  if (year < first) return 'upcoming';
  return year <= last ? 'due' : 'past_due';
}

/** The year a dataset's date falls in: the roadmap's year when a link names none. */
export const yearOfDate = (isoDate: string): number => Number(isoDate.slice(0, 4));

/** The roadmap year a view shows: the link's, else the data's. */
export const roadmapYearOf = (linkYear: number | undefined, dataDate: string): number => linkYear ?? yearOfDate(dataDate);

/** The ids of the features with a plan past due in `year` (no completion recorded). */
export function withPlansPastDue(features: readonly { id: string; events?: readonly EventLike[] }[], year: number): Set<string> {
  return new Set(features.filter((f) => openPlanIn(f.events, year) === 'past_due').map((f) => f.id));
}

/** Whether a feature's events hold a plan (one the roadmap year can find due or past due). */
export const hasPlan = (events: readonly EventLike[] | undefined): boolean => (events ?? []).some((e) => PLANS.has(e.kind));

/** A plan the map and the list mark: one still open in the year. */
export type OpenPlanState = Exclude<PlanState, 'done'>;
// Most pressing first: a feature with a plan past due and another due is marked past due.
const PRESSING: readonly OpenPlanState[] = ['past_due', 'due', 'upcoming'];

/** The most pressing of a feature's open plans in `year`; undefined when it has none still open. */
export function openPlanIn(events: readonly EventLike[] | undefined, year: number): OpenPlanState | undefined {
  const states = new Set((events ?? []).map((e) => planStateIn(e, events!, year)));
  return PRESSING.find((s) => states.has(s));
}

/**
 * How a feature's open plan changes over the years: its state before the first change, then the
 * state from each change's year on. The map draws it for any year from these few numbers, without
 * the events (scripts/tiles writes them into the map-ready files).
 */
export function openPlanTimeline(events: readonly EventLike[] | undefined): { before: OpenPlanState | undefined; changes: { from: number; state: OpenPlanState | undefined }[] } {
  // A plan's state can change only in the year its date starts, the year after it ends, or a
  // year something is commissioned.
  const years = new Set<number>();
  for (const e of events ?? []) {
    const [first, last] = eventYearSpan(e.date);
    if (PLANS.has(e.kind)) years.add(first).add(last + 1);
    if (e.kind === 'commissioned') years.add(first);
  }
  const sorted = [...years].sort((a, b) => a - b);
  const before = sorted.length ? openPlanIn(events, sorted[0]! - 1) : undefined;
  const changes: { from: number; state: OpenPlanState | undefined }[] = [];
  let current = before;
  for (const from of sorted) {
    const state = openPlanIn(events, from);
    if (state !== current) changes.push({ from, state });
    current = state;
  }
  return { before, changes };
}

/** False when the feature's creation is recorded after `year`: it did not exist yet. */
export const existsIn = (events: readonly EventLike[] | undefined, year: number): boolean =>
  !(events ?? []).some((e) => e.kind === 'created' && eventYearSpan(e.date)[0] > year);

/** A site as the data says it was, is or will be in a year. */
export interface SiteInYear {
  /** False when its creation is recorded after that year. */
  exists: boolean;
  status: SiteStatus;
}

/**
 * A site in `year`. From the data's year on, its status is the recorded one: a plan due later is
 * marked, never taken as done. Before it, the latest status its events record by the end of that
 * year; where none is recorded by then but one is later, the status then is unknown (the recorded
 * one came after it); where the events record none at all, the recorded status stands.
 */
export function siteInYear(p: { status: SiteStatus; asOf: string; events?: readonly EventLike[] | undefined }, year: number, dataYear: number): SiteInYear {
  const events = p.events ?? [];
  const exists = existsIn(events, year);
  if (year >= dataYear) return { exists, status: p.status };
  const feature = { id: '', status: p.status, events };
  const then = statusFromEvents({ ...feature, asOf: `${year}-12-31` }, 'operating');
  if (then) return { exists, status: then.status as SiteStatus };
  return { exists, status: statusFromEvents({ ...feature, asOf: p.asOf }, 'operating') ? 'unknown' : p.status };
}

/**
 * The sites as `year` shows them: those not yet created left out, each with its status then. The
 * same array when the year changes nothing (the data's year, always): every view derived from it
 * is then the one the pages were written with.
 */
export function sitesInYear(sites: readonly BuiltSiteFeature[], year: number, dataYear: number): readonly BuiltSiteFeature[] {
  let changed = false;
  const shown: BuiltSiteFeature[] = [];
  for (const site of sites) {
    const then = siteInYear(site.properties, year, dataYear);
    if (!then.exists) changed = true;
    else if (then.status === site.properties.status) shown.push(site);
    else {
      changed = true;
      shown.push({ ...site, properties: { ...site.properties, status: then.status } });
    }
  }
  return changed ? shown : sites;
}
