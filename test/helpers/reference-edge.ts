// The naive baseline for distances from a site's edge: Turf alone, every feature. 0 when Turf
// says the two intersect; else the least of every site vertex to the feature and every feature
// vertex to the site's rings (two segments that do not meet are closest at an end of one).
import { booleanIntersects, distance, lineString, pointToLineDistance } from '@turf/turf';
import type { Position } from 'geojson';
import { turfDistanceKm, type InfraGeometry, type InfraItem, type NearestByKind } from '../../src/domain/geo/nearest';
import type { SiteShape } from '../../src/domain/geo/edge-nearest';
import { targetsOfItem } from '../../src/domain/geo/nearest-types';

const verticesOf = (g: InfraGeometry): Position[] =>
  g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat(2) : g.coordinates.flat();

export function naiveEdgeKm(site: SiteShape, g: InfraGeometry): number {
  if (booleanIntersects(site, g)) return 0;
  const rings = site.type === 'Polygon' ? site.coordinates : site.coordinates.flat();
  let best = Infinity;
  for (const ring of rings) for (const v of ring) best = Math.min(best, turfDistanceKm(v as [number, number], g));
  for (const w of verticesOf(g)) {
    for (const ring of rings) best = Math.min(best, g.type === 'Point' && ring.length < 2 ? distance(w, ring[0]!) : pointToLineDistance(w, lineString(ring)));
  }
  return best;
}

export function naiveEdgeNearestByKind(items: readonly InfraItem[], site: SiteShape): NearestByKind {
  const out: NearestByKind = {};
  for (const item of items) {
    const km = naiveEdgeKm(site, item.geometry);
    for (const target of targetsOfItem(item)) {
      const hit = out[target];
      if (km < Infinity && (!hit || km < hit.km)) out[target] = { id: item.id, name: item.name, km };
    }
  }
  return out;
}
