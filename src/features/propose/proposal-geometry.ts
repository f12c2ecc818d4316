// What the proposal page's map needs from a checked proposal: a marker per located issue, and
// the box to zoom to. Pure: no React, no MapLibre.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ValidationIssue } from '../../domain/validation';

/** A marker where each issue is, at its location or the middle of its box. */
export function issuePoints(issues: ValidationIssue[]): FeatureCollection {
  const features: Feature<Point>[] = [];
  for (const i of issues) {
    const at = i.location ?? (i.bbox ? ([(i.bbox[0] + i.bbox[2]) / 2, (i.bbox[1] + i.bbox[3]) / 2] as [number, number]) : undefined);
    if (at) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { code: i.code, severity: i.severity } });
  }
  return { type: 'FeatureCollection', features };
}

/** The proposal's box, when its coordinates are lon/lat (a projected file has none). */
export function boundsOf(fc: FeatureCollection): [number, number, number, number] | undefined {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(w) && Math.abs(w) <= 180 && Math.abs(n) <= 90 ? [w, s, e, n] : undefined;
}
