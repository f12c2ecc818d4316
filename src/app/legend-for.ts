import { buildLegend } from '../map/legend';
import { theme } from '../map/theme';
import type { LoadedRegion } from './load-region';

/** The legend for what this region's data actually holds. */
export function legendFor(data: LoadedRegion) {
  const infra = data.infrastructure.map((f) => f.properties);
  return buildLegend(theme, {
    infraKinds: new Set(infra.map((p) => p.kind)),
    voltages: new Set(infra.filter((p) => p.kind === 'power_line').map((p) => Math.max(0, ...(p.voltageKv ?? [])))),
    municipalPolygons: data.municipalities.some((m) => m.geometry.type !== 'Point'),
  });
}
