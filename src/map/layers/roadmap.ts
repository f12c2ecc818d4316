// The roadmap year on the map: markers of sites and infrastructure whose plan is due in the year,
// or past due with no completion recorded, get a coloured ring. The year is the style's global
// state (`roadmapYear`), so moving it redraws the rings without sending any data to the worker
// again; each feature carries its plan's few change years (map-features.ts writes them).
import type { ExpressionSpecification } from 'maplibre-gl';
import { openPlanTimeline } from '../../domain/roadmap';
import type { Theme } from '../theme';
import type { LegendItem } from './common';

/** The style's global state property the map's rings read (MapView and the first map set it). */
export const ROADMAP_YEAR_STATE = 'roadmapYear';

/** A year no roadmap reaches: a change a feature does not have. */
const NEVER = 1e9;
/** As many changes as a feature's plans make: one plan makes at most three. */
const MAX_CHANGES = 6;
const stateKey = (i: number) => `plan${i}`;
const yearKey = (i: number) => `planFrom${i}`;

/**
 * A feature's plan through the years as flat map properties: `plan0` before the first change,
 * then `planFrom<i>` (a year) and `plan<i>` (the state from then). None for a feature with no plan.
 */
export function roadmapProps(events: Parameters<typeof openPlanTimeline>[0]): Record<string, string | number> {
  const { before, changes } = openPlanTimeline(events);
  if (!changes.length) return before ? { [stateKey(0)]: before } : {};
  if (changes.length > MAX_CHANGES) throw new Error(`${changes.length} changes of plan state; the map draws at most ${MAX_CHANGES}`);
  const props: Record<string, string | number> = { [stateKey(0)]: before ?? '' };
  changes.forEach((c, i) => {
    props[yearKey(i + 1)] = c.from;
    props[stateKey(i + 1)] = c.state ?? '';
  });
  return props;
}

/** The feature's open plan in the map's roadmap year: 'due', 'past_due', 'upcoming' or ''. */
export function planStateExpression(): ExpressionSpecification {
  const year: ExpressionSpecification = ['global-state', ROADMAP_YEAR_STATE];
  const cases: unknown[] = [];
  // Latest change first: the first one the year has reached gives the state.
  for (let i = MAX_CHANGES; i >= 1; i--) cases.push(['>=', ['to-number', year, 0], ['to-number', ['coalesce', ['get', yearKey(i)], NEVER]]], ['to-string', ['get', stateKey(i)]]);
  return ['case', ...cases, ['to-string', ['get', stateKey(0)]]] as unknown as ExpressionSpecification;
}

/** What a marker's ring shows: its plan's colour and width where one is due or past due, else `otherwise`. */
export function planRing(t: Theme, otherwise: { color: ExpressionSpecification | string; width: ExpressionSpecification | number }) {
  const state = planStateExpression();
  return {
    'circle-stroke-color': ['match', state, 'due', t.plan.due, 'past_due', t.plan.pastDue, otherwise.color] as unknown as ExpressionSpecification,
    'circle-stroke-width': ['match', state, ['due', 'past_due'], 3.5, otherwise.width] as unknown as ExpressionSpecification,
  };
}

/** The rings' legend: shown where some feature of the region has a plan. */
export const roadmapLegend = (t: Theme): LegendItem[] => [
  { key: 'plan_due', color: t.plan.due, shape: 'ring', label: { message: 'legendPlanDue' } },
  { key: 'plan_past_due', color: t.plan.pastDue, shape: 'ring', label: { message: 'legendPlanPastDue' } },
];
