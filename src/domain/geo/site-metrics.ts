// Metrics derived from a site's geometry at build time.
import { area, bbox, booleanPointInPolygon, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

export type SiteGeometry = Point | Polygon | MultiPolygon;
export type LonLat = [number, number];
type BboxTuple = [number, number, number, number];

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Area in hectares; undefined for a Point, which has no boundary and therefore no area. */
export function areaHa(geometry: SiteGeometry): number | undefined {
  if (geometry.type === 'Point') return undefined;
  return Math.round((area(geometry) / 10_000) * 100) / 100;
}

export function siteCentroid(geometry: SiteGeometry): LonLat {
  if (geometry.type === 'Point') return [round6(geometry.coordinates[0]!), round6(geometry.coordinates[1]!)];
  const [lon, lat] = centroid(geometry).geometry.coordinates as LonLat;
  return [round6(lon), round6(lat)];
}

export function siteBbox(geometry: SiteGeometry): BboxTuple {
  return (bbox(geometry) as number[]).slice(0, 4).map(round6) as BboxTuple;
}

export interface MunicipalityShape {
  id: string;
  geometry: Point | Polygon | MultiPolygon;
}

/** The municipality whose polygon contains the point, or undefined when none has a polygon that does. */
export function municipalityAt(point: LonLat, municipalities: readonly MunicipalityShape[]): string | undefined {
  for (const m of municipalities) {
    if (m.geometry.type === 'Point') continue;
    const polygon: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: m.geometry };
    if (booleanPointInPolygon(point, polygon)) return m.id;
  }
  return undefined;
}
