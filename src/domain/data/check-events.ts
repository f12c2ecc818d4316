// What a feature's dated events must agree on, which the schema checks one event at a time:
// their order (nothing is commissioned before it was created) and the feature's status (where
// the events say what it is now, the status field must say the same). Each problem names the
// file, the feature and both events, so a maintainer finds them without searching.
import { certainlyBefore } from '../event-dates';
import type { EventKind } from '../schema/vocabulary';
import type { DataProblem } from './format-issues';

interface EventLike {
  date: string;
  kind: EventKind;
  status?: string;
}

interface FeatureWithEvents {
  id: string;
  status: string;
  asOf: string;
  events?: readonly EventLike[];
}

/** Kinds that cannot come before another kind's event, when both are there. */
const NOT_BEFORE: Partial<Record<EventKind, EventKind[]>> = {
  construction_started: ['created', 'designed'],
  commissioned: ['created', 'designed', 'construction_started'],
  resident_arrived: ['created'],
  status_changed: ['created'],
  decree_amended: ['created'],
  extended_until: ['created'],
};

const named = (e: EventLike, i: number) => `events[${i}] (${e.kind}, ${e.date})`;

/** The status the feature's events give it as of its `asOf` date, with the event that says so. */
export function statusFromEvents(feature: FeatureWithEvents, commissioned: string): { status: string; index: number } | undefined {
  let latest: { status: string; index: number; date: string } | undefined;
  feature.events?.forEach((e, index) => {
    const status = e.kind === 'status_changed' ? e.status : e.kind === 'commissioned' ? commissioned : undefined;
    // Only what had certainly happened by the data's date; a later one is a plan, not a status.
    if (status === undefined || certainlyBefore(feature.asOf, e.date)) return;
    if (!latest || !certainlyBefore(e.date, latest.date)) latest = { status, index, date: e.date };
  });
  return latest && { status: latest.status, index: latest.index };
}

/**
 * Problems in one layer's events. `commissioned` is the status a commissioned feature has in
 * that layer ("operating" for a site, "existing" for infrastructure).
 */
export function checkEvents(file: string, features: readonly FeatureWithEvents[], commissioned: string): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const feature of features) {
    const events = feature.events ?? [];
    events.forEach((later, i) => {
      for (const kind of NOT_BEFORE[later.kind] ?? []) {
        events.forEach((earlier, j) => {
          if (earlier.kind === kind && certainlyBefore(later.date, earlier.date)) {
            problems.push({ file, featureId: feature.id, path: `properties.events[${i}].date`, message: `${named(later, i)} is before ${named(earlier, j)}` });
          }
        });
      }
    });
    const derived = statusFromEvents(feature, commissioned);
    if (derived && derived.status !== feature.status) {
      const event = events[derived.index]!;
      problems.push({
        file,
        featureId: feature.id,
        path: 'properties.status',
        message: `is "${feature.status}", but ${named(event, derived.index)} makes it "${derived.status}" as of ${feature.asOf}: change one of them`,
      });
    }
  }
  return problems;
}
