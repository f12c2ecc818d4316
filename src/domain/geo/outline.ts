// Inside the region's outline, within a tolerance: generalised boundaries (DCW, 1:1,000,000) are
// off by up to a kilometre or two, so a point that close outside still counts as inside.
import { booleanPointInPolygon, lineString, pointToLineDistance } from '@turf/turf';
import type { Position } from 'geojson';
import type { RegionOutline } from '../schema/context';

/** How far outside the outline a point may lie and still be the region's (km). */
export const OUTLINE_TOLERANCE_KM = 2;

/** 0 inside the outline, else the distance (km) to it. */
export function kmOutside(point: Position, outline: RegionOutline): number {
  if (booleanPointInPolygon(point, outline)) return 0;
  const rings = outline.type === 'Polygon' ? outline.coordinates : outline.coordinates.flat();
  let best = Infinity;
  for (const ring of rings) best = Math.min(best, pointToLineDistance(point, lineString(ring)));
  return best;
}
