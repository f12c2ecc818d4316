import { infrastructureSummary } from '../domain/data/plan-tiles';
import { hasPlan } from '../domain/roadmap';
import { buildLegend } from './layers';
import { theme } from './theme';
import type { LoadedRegion } from '../io/load-region';

/**
 * What the region's infrastructure holds: the build's summary in region.json (the map page never
 * loads the features), else worked out from the features a page did load.
 */
export function infrastructureOf(data: LoadedRegion) {
  return data.region.summary ?? infrastructureSummary(data.infrastructure);
}

/** The legend for what this region's data actually holds. */
export function legendFor(data: LoadedRegion) {
  const summary = infrastructureOf(data);
  return buildLegend(theme, {
    infraKinds: new Set(summary.infrastructureKinds),
    voltages: new Set(summary.voltagesKv),
    notBuilt: !!summary.notBuilt,
    plans: !!summary.plans || data.sites.some((s) => hasPlan(s.properties.events)),
    municipalPolygons: !!data.region.tiles?.municipalities || data.municipalities.some((m) => m.geometry.type !== 'Point'),
  });
}
