import * as z from 'zod';
import {
  Id,
  LineStringGeometry,
  LocalizedText,
  MultiLineStringGeometry,
  MultiPolygonGeometry,
  PointGeometry,
  PolygonGeometry,
  Provenance,
  Quantity,
  featureCollection,
} from './common';
import { datedEvent } from './events';
import { INFRA_KINDS, INFRA_STATUSES } from './vocabulary';

export { INFRA_KINDS };
export const InfraKind = z.enum(INFRA_KINDS);
export type InfraKind = z.infer<typeof InfraKind>;

export const InfraStatus = z.enum(INFRA_STATUSES);
export type InfraStatus = z.infer<typeof InfraStatus>;

export const InfraProperties = z.strictObject({
  id: Id,
  kind: InfraKind,
  name: LocalizedText,
  status: InfraStatus,
  plannedYear: z.number().int().optional(),
  voltageKv: z.array(z.number().positive()).min(1).optional(),
  capacityMw: Quantity.optional(),
  capacityMva: Quantity.optional(),
  diameterMm: Quantity.optional(),
  operator: LocalizedText.optional(),
  code: z.string().optional(),
  notes: LocalizedText.optional(),
  /** Planned and actual dates (planned_commissioning, commissioned...), with sources. */
  events: z.array(datedEvent(InfraStatus)).min(1).optional(),
  ...Provenance,
});
export type InfraProperties = z.infer<typeof InfraProperties>;

export const InfraFeature = z.strictObject({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z.union([
    PointGeometry,
    LineStringGeometry,
    MultiLineStringGeometry,
    PolygonGeometry,
    MultiPolygonGeometry,
  ]),
  properties: InfraProperties,
});
export type InfraFeature = z.infer<typeof InfraFeature>;

export const InfraCollection = featureCollection(InfraFeature);
export type InfraCollection = z.infer<typeof InfraCollection>;
