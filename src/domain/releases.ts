// The roadmap's "what changed since the last hearing": a dated summary of the region's data (a
// release, cut by `npm run release` and committed with the data), and the changes between two
// releases. Pure: no files, no React; the CLI, the data build and the app's view share it.
import { planStateIn, yearOfDate } from './roadmap';
import type { EventKind } from './schema/vocabulary';

type Text = { ru: string; en?: string | undefined };

/** The figures a release keeps per feature: the ones a hearing compares. */
export const RELEASE_FIGURES = ['totalAreaHa', 'freeAreaHa', 'electricityMw', 'gasM3h', 'residents', 'jobs', 'investmentRubBn', 'capacityMw'] as const;
export type ReleaseFigure = (typeof RELEASE_FIGURES)[number];

export interface ReleaseEvent {
  date: string;
  kind: EventKind;
  status?: string;
  text: Text;
}

export interface ReleaseFeature {
  layer: 'sites' | 'infrastructure';
  name: Text;
  status: string;
  figures: Partial<Record<ReleaseFigure, number>>;
  events: ReleaseEvent[];
}

export interface Release {
  region: string;
  /** The day it was cut, YYYY-MM-DD. */
  date: string;
  features: Record<string, ReleaseFeature>;
}

/** The parts of a site or infrastructure feature's properties a release reads (source or built data alike). */
export interface FeatureLike {
  id: string;
  name: Text;
  status: string;
  land?: { totalAreaHa?: { value: number }; freeAreaHa?: { value: number } };
  utilities?: { electricityMw?: { capacity?: { value: number } }; gasM3h?: { capacity?: { value: number } } };
  economy?: { residents?: { value: number }; jobs?: { value: number }; investmentRubBn?: { value: number } };
  capacityMw?: { value: number };
  events?: readonly ReleaseEvent[];
}

function figuresOf(p: FeatureLike): ReleaseFeature['figures'] {
  const all: Record<ReleaseFigure, number | undefined> = {
    totalAreaHa: p.land?.totalAreaHa?.value,
    freeAreaHa: p.land?.freeAreaHa?.value,
    electricityMw: p.utilities?.electricityMw?.capacity?.value,
    gasM3h: p.utilities?.gasM3h?.capacity?.value,
    residents: p.economy?.residents?.value,
    jobs: p.economy?.jobs?.value,
    investmentRubBn: p.economy?.investmentRubBn?.value,
    capacityMw: p.capacityMw?.value,
  };
  // An unknown figure is left out, never written as 0.
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as ReleaseFeature['figures'];
}

const eventOf = (e: ReleaseEvent): ReleaseEvent => ({ date: e.date, kind: e.kind, ...(e.status ? { status: e.status } : {}), text: { ...e.text } });

export function makeRelease(region: string, date: string, sites: readonly FeatureLike[], infrastructure: readonly FeatureLike[]): Release {
  const features: Record<string, ReleaseFeature> = {};
  for (const [layer, list] of [['sites', sites], ['infrastructure', infrastructure]] as const) {
    for (const p of list) features[p.id] = { layer, name: { ...p.name }, status: p.status, figures: figuresOf(p), events: (p.events ?? []).map(eventOf) };
  }
  return { region, date, features };
}

export type Change =
  | { type: 'added'; id: string; feature: ReleaseFeature }
  | { type: 'removed'; id: string; feature: ReleaseFeature }
  | { type: 'status'; id: string; feature: ReleaseFeature; from: string; to: string }
  | { type: 'figure'; id: string; feature: ReleaseFeature; figure: ReleaseFigure; from?: number; to?: number }
  | { type: 'event'; id: string; feature: ReleaseFeature; event: ReleaseEvent }
  | { type: 'past_due'; id: string; feature: ReleaseFeature; event: ReleaseEvent };

const eventKey = (e: ReleaseEvent) => `${e.date}|${e.kind}|${e.status ?? ''}|${e.text.ru}`;

/**
 * What changed from `before` to `after`: sites and features added and removed, status and figure
 * changes, events that are new in `after`, and the plans past due at `after`'s date (no completion
 * recorded). In a stable order: by feature as `after` lists them, then by kind of change.
 */
export function compareReleases(before: Release, after: Release): Change[] {
  const changes: Change[] = [];
  const year = yearOfDate(after.date);
  for (const [id, feature] of Object.entries(after.features)) {
    const old = before.features[id];
    if (!old) changes.push({ type: 'added', id, feature });
    else {
      if (old.status !== feature.status) changes.push({ type: 'status', id, feature, from: old.status, to: feature.status });
      for (const figure of RELEASE_FIGURES) {
        const [from, to] = [old.figures[figure], feature.figures[figure]];
        if (from !== to) changes.push({ type: 'figure', id, feature, figure, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
      }
    }
    const known = new Set((old?.events ?? []).map(eventKey));
    for (const event of feature.events) if (!known.has(eventKey(event))) changes.push({ type: 'event', id, feature, event });
    for (const event of feature.events) if (planStateIn(event, feature.events, year) === 'past_due') changes.push({ type: 'past_due', id, feature, event });
  }
  for (const [id, feature] of Object.entries(before.features)) if (!after.features[id]) changes.push({ type: 'removed', id, feature });
  return changes;
}
