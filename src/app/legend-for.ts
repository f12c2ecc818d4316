import { buildLegend } from '../map/legend';
import { theme } from '../map/theme';
import type { LoadedRegion } from './load-region';

/** The legend for what this region's data actually holds. */
export function legendFor(data: LoadedRegion) {
  const infra = data.infrastructure.map((f) => f.properties);
  // A tiled region's lines and boundaries are not in the GeoJSON: region.json lists what they hold.
  const tiles = data.region.tiles;
  return buildLegend(theme, {
    infraKinds: new Set([...infra.map((p) => p.kind), ...(tiles?.infrastructure?.kinds ?? [])]),
    voltages: new Set([
      ...infra.filter((p) => p.kind === 'power_line').map((p) => Math.max(0, ...(p.voltageKv ?? []))),
      ...(tiles?.infrastructure?.voltagesKv ?? []),
    ]),
    municipalPolygons: !!tiles?.municipalities || data.municipalities.some((m) => m.geometry.type !== 'Point'),
  });
}
