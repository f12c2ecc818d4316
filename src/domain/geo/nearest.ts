// Nearest infrastructure of each kind for a site: the indexed search (what the data build uses)
// and the naive Turf loop it must equal (the baseline for tests and benchmarks).
//
// Distances are Turf 7's: `turf.distance` (haversine, R = 6371.0088 km) to points and
// `turf.pointToLineDistance` (default method "geodesic": great-circle arcs) to lines and to
// polygon rings; a site inside a polygon is 0 km from it. `km` is unrounded; round for display.
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { LineString, Position } from 'geojson';
import { targetsOfItem, type InfraGeometry, type InfraItem, type NearestByKind } from './nearest-types';

export type { InfraGeometry, InfraItem, InfraName, NearestByKind, NearestHit } from './nearest-types';
export { buildInfraIndex, nearestByKind } from './nearest-index';
export type { InfraIndex } from './nearest-index';

function linesOf(g: InfraGeometry): Position[][] {
  switch (g.type) {
    case 'Point':
      return [];
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
  }
}

/** Turf's distance in km from `point` to one feature (Infinity for an empty geometry). */
export function turfDistanceKm(point: [number, number], g: InfraGeometry): number {
  if (g.type === 'Point') return distance(point, g.coordinates);
  if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && booleanPointInPolygon(point, g)) return 0;
  let best = Infinity;
  for (const coordinates of linesOf(g)) {
    const line: LineString = { type: 'LineString', coordinates };
    const d = pointToLineDistance(point, line);
    if (d < best) best = d;
  }
  return best;
}

/** The baseline: every feature, Turf distances, first feature wins a tie. O(features) per site. */
export function naiveNearestByKind(items: readonly InfraItem[], point: [number, number]): NearestByKind {
  const out: NearestByKind = {};
  for (const item of items) {
    const km = turfDistanceKm(point, item.geometry);
    for (const target of targetsOfItem(item)) {
      const hit = out[target];
      if (km < Infinity && (!hit || km < hit.km)) out[target] = { id: item.id, name: item.name, km };
    }
  }
  return out;
}
