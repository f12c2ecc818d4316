// Where the site is and how big: inside the region (or swapped lon/lat, or elsewhere), its area
// against plausible and declared values, and overlaps with sites already on the map.
import { area, bbox as turfBbox, centroid, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { LIMITS, type ExistingSite, type FeatureMetrics, type ValidationContext } from './codes';
import type { ReadGeometry } from './geometry-read';
import { joinPath, nameParams, round6, type Bbox, type IssueList, type LonLat } from './issues';
import { OUTLINE_TOLERANCE_KM, withinOutline } from '../geo/outline';

/** Vertices of one feature checked against the outline, at most (150 features of 13,000 must stay quick). */
const OUTLINE_SAMPLE = 256;

export type Placement = 'inside' | 'swapped' | 'outside';

function ringsBbox(...rings: (readonly (readonly [number, number])[])[]): Bbox {
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const coords of rings) {
    for (const [x, y] of coords) {
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  }
  return b;
}

export const positionsBbox = (g: ReadGeometry): Bbox => ringsBbox(...g.polygons.flatMap((p) => p.rings.map((r) => r.coords)));

const within = (b: Bbox, r: Bbox) => b[0] >= r[0] && b[1] >= r[1] && b[2] <= r[2] && b[3] <= r[3];
const meets = (b: Bbox, r: Bbox) => b[0] <= r[2] && b[2] >= r[0] && b[1] <= r[3] && b[3] >= r[1];
const middle = (b: Bbox): LonLat => [round6((b[0] + b[2]) / 2), round6((b[1] + b[3]) / 2)];

/** Only for positions within ±180/±90; projected ones are reported already. */
export function checkPlacement(g: ReadGeometry, featurePath: string, ctx: ValidationContext, issues: IssueList): Placement {
  const b = positionsBbox(g);
  const region = ctx.regionBbox;
  const named = nameParams('region', ctx.regionName);
  if (within(b, region)) {
    if (!ctx.regionOutline) return 'inside';
    // Inside the box, and the region has its real outline: check against that, with the
    // tolerance its generalisation needs. A sample of the vertices (at most OUTLINE_SAMPLE per feature)
    // decides "partly" or "wholly": a site is far smaller than the region.
    const positions = g.polygons.flatMap((p) => p.rings.flatMap((r) => r.coords));
    const step = Math.max(1, Math.ceil(positions.length / OUTLINE_SAMPLE));
    let outside = 0;
    let checked = 0;
    for (let i = 0; i < positions.length; i += step, checked++) if (!withinOutline(positions[i]!, ctx.regionOutline)) outside++;
    if (outside === 0) return 'inside';
    const [lon, lat] = middle(b);
    const part = outside < checked ? 'partly' : 'wholly';
    issues.add('outside_region', joinPath(featurePath, 'geometry'), { part, ...named, lon, lat, toleranceKm: OUTLINE_TOLERANCE_KM }, { location: [lon, lat], bbox: b });
    return 'outside';
  }
  const first = g.polygons[0]?.rings[0]?.coords[0];
  const swapped: Bbox = [b[1], b[0], b[3], b[2]];
  if (first && within(swapped, region)) {
    const path = joinPath(g.polygons[0]!.rings[0]!.path, 0);
    issues.add('swapped_coordinates', path, { x: first[0], y: first[1], ...named }, { location: middle(swapped), bbox: swapped });
    return 'swapped';
  }
  const [lon, lat] = middle(b);
  const part = meets(b, region) ? 'partly' : 'wholly';
  issues.add('outside_region', joinPath(featurePath, 'geometry'), { part, ...named, lon, lat }, { location: [lon, lat], bbox: b });
  return 'outside';
}

export function toFeature(g: ReadGeometry): Feature<Polygon | MultiPolygon> {
  const coordinates = g.polygons.map((p) => p.rings.map((r) => r.coords));
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon' ? { type: 'Polygon', coordinates: coordinates[0] ?? [] } : { type: 'MultiPolygon', coordinates };
  return { type: 'Feature', properties: {}, geometry };
}

const hectares = (f: Feature<Polygon | MultiPolygon>) => area(f) / 10_000;
const round2 = (n: number) => Math.round(n * 100) / 100;

export function measure(g: ReadGeometry): FeatureMetrics {
  const f = toFeature(g);
  const [lon, lat] = centroid(f).geometry.coordinates as LonLat;
  // Holes larger than their shell (an invalid polygon, reported) would give a negative area.
  return { areaHa: Math.max(0, round2(hectares(f))), centroid: [round6(lon), round6(lat)] };
}

export function checkArea(
  metrics: FeatureMetrics,
  declared: number | undefined,
  featurePath: string,
  g: ReadGeometry,
  issues: IssueList,
): void {
  const extra = { location: metrics.centroid, bbox: positionsBbox(g) };
  const exact = hectares(toFeature(g));
  if (exact < LIMITS.minAreaHa || exact > LIMITS.maxAreaHa) {
    const ha = exact < 1 ? Math.round(exact * 1e4) / 1e4 : round2(exact);
    issues.add('area_implausible', joinPath(featurePath, 'geometry'), { ha, min: LIMITS.minAreaHa, max: LIMITS.maxAreaHa }, extra);
    return;
  }
  if (declared === undefined || !(declared > 0)) return;
  const diff = Math.abs(declared - exact) / exact;
  if (diff > LIMITS.areaMismatchRatio) {
    const params = { declared, computed: round2(exact), percent: Math.round(diff * 100) };
    issues.add('area_mismatch', joinPath(featurePath, 'properties', 'totalAreaHa'), params, extra);
  }
}

export interface PreparedSite {
  site: ExistingSite;
  feature: Feature<Polygon | MultiPolygon>;
  bbox: Bbox;
}

export function prepareSites(sites: ValidationContext['existingSites']): PreparedSite[] {
  const out: PreparedSite[] = [];
  for (const site of sites) {
    if (site.geometry.type === 'Point') continue;
    const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: site.geometry };
    out.push({ site, feature, bbox: turfBbox(feature).slice(0, 4) as Bbox });
  }
  return out;
}

export function checkOverlaps(g: ReadGeometry, featurePath: string, sites: readonly PreparedSite[], ctx: ValidationContext, issues: IssueList): void {
  const b = positionsBbox(g);
  const partBoxes = g.polygons.map((p) => ringsBbox(p.rings[0]?.coords ?? []));
  for (const { site, feature, bbox } of sites) {
    if (!meets(b, bbox)) continue;
    // Only the parts near the site go to the polygon clipper: a 30,000-part multipolygon is slow.
    const near = g.polygons.filter((_, i) => meets(partBoxes[i]!, bbox));
    const f: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: near.map((p) => p.rings.map((r) => r.coords)) },
    };
    let shared: Feature<Polygon | MultiPolygon> | null;
    try {
      shared = intersect(featureCollection([f, feature]));
    } catch {
      continue; // an existing site's own geometry problem is not the proposer's
    }
    if (!shared) continue;
    const ha = hectares(shared);
    if (ha < LIMITS.minOverlapHa) continue;
    const [lon, lat] = centroid(shared).geometry.coordinates as LonLat;
    issues.add(
      'overlaps_existing_site',
      joinPath(featurePath, 'geometry'),
      { ...nameParams('site', site.name), siteId: site.id, ha: round2(ha) },
      { location: [round6(lon), round6(lat)], bbox: turfBbox(shared).slice(0, 4) as Bbox },
    );
  }
}
