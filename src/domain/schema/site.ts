// The site passport, grouped as Russian registries (GISIP) group it. See DESIGN.md "Data model".
import * as z from 'zod';
import {
  HttpsUrl,
  Id,
  IsoDate,
  LocalizedText,
  MultiPolygonGeometry,
  PointGeometry,
  PolygonGeometry,
  Provenance,
  Quantity,
  featureCollection,
} from './common';
import { datedEvent } from './events';
import { SITE_KINDS, SITE_STATUSES } from './vocabulary';

export { SITE_KINDS, SITE_STATUSES };
export const SiteKind = z.enum(SITE_KINDS);
export type SiteKind = z.infer<typeof SiteKind>;

export const SiteStatus = z.enum(SITE_STATUSES);
export type SiteStatus = z.infer<typeof SiteStatus>;

const Utility = z.strictObject({
  capacity: Quantity.optional(),
  freeCapacity: Quantity.optional(),
  note: LocalizedText.optional(),
});

export const SiteProperties = z.strictObject({
  // identity
  id: Id,
  name: LocalizedText,
  kind: SiteKind,
  status: SiteStatus,
  statusNote: LocalizedText.optional(),
  siteType: z.enum(['greenfield', 'brownfield', 'mixed']).optional(),
  siteTypeApproximate: z.literal(true).optional(),
  /**
   * One site of a multi-site zone (e.g. both SEZ «Кузбасс» sites share "sez-kuzbass"). Zone-wide
   * figures (residents, investment) are repeated on each part: totals count a zone once.
   */
  partOf: Id.optional(),
  municipalityId: Id,
  address: LocalizedText.optional(),
  specialisation: LocalizedText.optional(),
  yearCreated: Quantity.optional(),
  legalBasis: z
    .strictObject({ title: LocalizedText, number: z.string().optional(), date: IsoDate.optional() })
    .optional(),
  // land
  land: z
    .strictObject({
      totalAreaHa: Quantity.optional(),
      freeAreaHa: Quantity.optional(),
      hazardClass: z.string().optional(),
      landPriceRubPerM2: Quantity.optional(),
      leaseRateRubPerM2Year: Quantity.optional(),
      premisesM2: Quantity.optional(),
      note: LocalizedText.optional(),
    })
    .optional(),
  // utilities: capacity in MW, m³/h, m³/day, Gcal/h as the key says
  utilities: z
    .strictObject({
      electricityMw: Utility.optional(),
      gasM3h: Utility.optional(),
      waterM3day: Utility.optional(),
      sewerageM3day: Utility.optional(),
      heatGcalh: Utility.optional(),
      telecom: z.strictObject({ note: LocalizedText }).optional(),
      note: LocalizedText.optional(),
    })
    .optional(),
  // transport as the operator declares it (kept apart from the distances we compute)
  transport: z
    .strictObject({
      railSiding: z.boolean().optional(),
      declaredDistancesKm: z.record(z.string(), Quantity).optional(),
      note: LocalizedText.optional(),
    })
    .optional(),
  regime: z
    .strictObject({
      preferentialRegime: z.enum(['tor', 'sez']).optional(),
      termYears: Quantity.optional(),
      validUntil: z.string().optional(),
      incentives: LocalizedText.optional(),
      inGisip: z.boolean().optional(),
    })
    .optional(),
  people: z
    .strictObject({
      managementCompany: LocalizedText.optional(),
      contactPerson: z.string().optional(),
      phone: z.string().regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number').optional(),
      email: z.email().optional(),
      website: HttpsUrl.optional(),
    })
    .optional(),
  economy: z
    .strictObject({
      residents: Quantity.optional(),
      jobs: Quantity.optional(),
      investmentRubBn: Quantity.optional(),
      note: LocalizedText.optional(),
    })
    .optional(),
  notes: LocalizedText.optional(),
  /** What happened and is planned, with dates and sources (a timeline; status may follow from it). */
  events: z.array(datedEvent(SiteStatus)).min(1).optional(),
  ...Provenance,
});
export type SiteProperties = z.infer<typeof SiteProperties>;

export const SiteFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.union([z.string(), z.number()]).optional(),
    geometry: z.union([PolygonGeometry, MultiPolygonGeometry, PointGeometry]),
    properties: SiteProperties,
  })
  .superRefine((f, ctx) => {
    // An exact location is a real boundary; a point is never more precise than "approximate".
    const isPoint = f.geometry.type === 'Point';
    if (isPoint && f.properties.locationPrecision === 'exact') {
      ctx.addIssue({
        code: 'custom',
        path: ['properties', 'locationPrecision'],
        message: 'a Point site cannot be "exact": use "settlement" or "approximate"',
      });
    }
  });
export type SiteFeature = z.infer<typeof SiteFeature>;

export const SiteCollection = featureCollection(SiteFeature);
export type SiteCollection = z.infer<typeof SiteCollection>;
