// Types of the nearest-infrastructure metric (kept apart so the index and the baseline share
// them without an import cycle).
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { InfraKind, NearTarget } from '../schema/vocabulary';

export type InfraGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;

export interface InfraName {
  ru: string;
  en?: string;
}

export interface InfraItem {
  id: string;
  kind: InfraKind;
  /** What the feature counts for (its kind, a power line's voltage classes); default: its kind. */
  targets?: readonly NearTarget[];
  name: InfraName;
  geometry: InfraGeometry;
}

export const targetsOfItem = (item: InfraItem): readonly NearTarget[] => item.targets ?? [item.kind];

/** The nearest feature of one kind; `km` is Turf's geodesic distance, unrounded. */
export interface NearestHit {
  id: string;
  name: InfraName;
  km: number;
}

/** Targets with no feature (or none within `maxKm`) are absent, never `undefined` or 0. */
export type NearestByKind = Partial<Record<NearTarget, NearestHit>>;
