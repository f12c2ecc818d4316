// Types of the nearest-infrastructure metric (kept apart so the index and the baseline share
// them without an import cycle).
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { InfraKind } from '../schema/infrastructure';

export type InfraGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;

export interface InfraName {
  ru: string;
  en?: string;
}

export interface InfraItem {
  id: string;
  kind: InfraKind;
  name: InfraName;
  geometry: InfraGeometry;
}

/** The nearest feature of one kind; `km` is Turf's geodesic distance, unrounded. */
export interface NearestHit {
  id: string;
  name: InfraName;
  km: number;
}

/** Kinds with no feature (or none within `maxKm`) are absent, never `undefined` or 0. */
export type NearestByKind = Partial<Record<InfraKind, NearestHit>>;
