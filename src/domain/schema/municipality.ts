import * as z from 'zod';
import {
  Id,
  LocalizedText,
  MultiPolygonGeometry,
  PointGeometry,
  PolygonGeometry,
  Position,
  Provenance,
  Quantity,
  featureCollection,
} from './common';

export const MunicipalityProperties = z.strictObject({
  id: Id,
  oktmo: z.string().regex(/^\d{8}(\d{3})?$/, 'OKTMO has 8 or 11 digits').optional(),
  oktmoApproximate: z.literal(true).optional(),
  name: LocalizedText,
  type: z.enum(['urban_okrug', 'municipal_okrug']),
  centreName: LocalizedText,
  /** The administrative centre, kept even when the geometry is a boundary polygon. */
  centre: Position.optional(),
  population: Quantity.optional(),
  areaKm2: Quantity.optional(),
  notes: LocalizedText.optional(),
  ...Provenance,
});
export type MunicipalityProperties = z.infer<typeof MunicipalityProperties>;

export const MunicipalityFeature = z.strictObject({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z.union([PointGeometry, PolygonGeometry, MultiPolygonGeometry]),
  properties: MunicipalityProperties,
});
export type MunicipalityFeature = z.infer<typeof MunicipalityFeature>;

export const MunicipalityCollection = featureCollection(MunicipalityFeature);
export type MunicipalityCollection = z.infer<typeof MunicipalityCollection>;
