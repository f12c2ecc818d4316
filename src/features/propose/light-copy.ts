// What the page's map needs of a proposal: a copy thinned to at most ~20k positions, so a 50 MB
// boundary does not cross to the main thread whole. Every nth vertex of each ring is kept, with
// the ring closed again; small files pass unchanged (the same object: `!==` says it was thinned).
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { countPositions } from '../../domain/osm/geometry';

const MAX_POSITIONS = 20_000;

function thinRing(ring: Position[], step: number): Position[] {
  if (ring.length <= 8 || step <= 1) return ring;
  const kept = ring.filter((_, i) => i % step === 0);
  const last = ring[ring.length - 1]!;
  return [...kept, last];
}

function thin(g: Geometry, step: number): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map((r) => thinRing(r, step)) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => thinRing(r, step))) };
  return g;
}

export function lightCopy(fc: FeatureCollection): FeatureCollection {
  const total = fc.features.reduce((n, f) => n + (f.geometry ? countPositions(f.geometry) : 0), 0);
  if (total <= MAX_POSITIONS) return fc;
  const step = Math.ceil(total / MAX_POSITIONS);
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f): Feature => ({ ...f, geometry: f.geometry ? thin(f.geometry, step) : f.geometry })),
  };
}
