import { buildLegend } from '../map/legend';
import { theme } from '../map/theme';
import type { LoadedRegion } from './load-region';

/** The legend for what this region's data actually holds. */
export function legendFor(data: LoadedRegion) {
  // The build's summary: the full app never loads the infrastructure features themselves.
  const summary = data.region.summary;
  const infra = data.infrastructure.map((f) => f.properties);
  return buildLegend(theme, {
    infraKinds: new Set([...infra.map((p) => p.kind), ...(summary?.infrastructureKinds ?? [])]),
    voltages: new Set([
      ...infra.filter((p) => p.kind === 'power_line').map((p) => Math.max(0, ...(p.voltageKv ?? []))),
      ...(summary?.voltagesKv ?? []),
    ]),
    municipalPolygons: !!data.region.tiles?.municipalities || data.municipalities.some((m) => m.geometry.type !== 'Point'),
  });
}
