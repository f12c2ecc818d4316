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

/**
 * Inside the outline or within `toleranceKm` of it: the quick form of `kmOutside(...) <= tolerance`
 * that a validator can afford per vertex. Only ring segments whose box comes within the tolerance
 * get an exact distance.
 */
export function withinOutline(point: Position, outline: RegionOutline, toleranceKm = OUTLINE_TOLERANCE_KM): boolean {
  if (booleanPointInPolygon(point, outline)) return true;
  const [lon, lat] = point as [number, number];
  const dLat = toleranceKm / 110; // a degree of latitude is 110.6-111.7 km: this errs on the wide side
  const dLon = dLat / Math.max(0.01, Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180));
  const rings = outline.type === 'Polygon' ? outline.coordinates : outline.coordinates.flat();
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      if (lat < Math.min(ay, by) - dLat || lat > Math.max(ay, by) + dLat || lon < Math.min(ax, bx) - dLon || lon > Math.max(ax, bx) + dLon) continue;
      if (pointToLineDistance(point, lineString([ring[i]!, ring[i + 1]!])) <= toleranceKm) return true;
    }
  }
  return false;
}
