// The roadmap in a given year: where a plan stands then. A plan (planned_commissioning,
// planned_works) is "due" in the years its date covers, "past due" in any year after them unless
// the feature records its commissioning, and "upcoming" before. The data can only say what it
// records: "past due" means no completion is recorded, not that nothing was built.
import { certainlyBefore, eventYearSpan } from './event-dates';
import type { EventKind } from './schema/vocabulary';

export type PlanState = 'upcoming' | 'due' | 'past_due' | 'done';

interface EventLike {
  date: string;
  kind: EventKind;
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

/** The ids of the features with a plan past due in `year` (no completion recorded). */
export function withPlansPastDue(features: readonly { id: string; events?: readonly EventLike[] }[], year: number): Set<string> {
  return new Set(features.filter((f) => (f.events ?? []).some((e) => planStateIn(e, f.events!, year) === 'past_due')).map((f) => f.id));
}
