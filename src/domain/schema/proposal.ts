// A site proposed by a municipality: the passport the submission page's form edits and what is
// sent to the receiver (DESIGN.md "Submission API"). Flat on purpose: a GIS attribute table
// (QGIS, MapInfo, a shapefile's DBF) can carry every field as one column.
import * as z from 'zod';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { Id } from './common';
import { SiteKind } from './site';

/** The same rule as `people.phone` in site.ts. */
const Phone = z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number');
/**
 * Passport text never needs control characters (other than tab and line breaks) or BiDi
 * embeddings, overrides and isolates; in a name they are junk or an attack on whoever reads it
 * (an ESC sequence in a moderator's terminal, U+202E turning "gpj.exe" into "exe.jpg"). Refused
 * with a message naming the field, rather than silently stripped, so what is stored is what was sent.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const Text = (max: number) =>
  z.string().trim().min(1).max(max).refine((s) => !CONTROL_CHARACTERS.test(s), { message: 'control_characters' });
const PositiveNumber = z.number().finite().positive();

/**
 * Not strict: files exported from a GIS carry junk columns (OBJECTID, Shape_Area...). Unknown
 * keys are ignored (and stripped from the parsed value), never an error.
 */
export const ProposalProperties = z
  .object({
    /** The site's name in Russian. */
    name: Text(200),
    nameEn: Text(200).optional(),
    kind: SiteKind,
    municipalityId: Id,
    contactPerson: Text(200),
    email: z.email(),
    phone: Phone.optional(),
    /** Declared by the municipality; compared with the area of the drawn boundary. */
    totalAreaHa: PositiveNumber.optional(),
    freeAreaHa: z.number().finite().nonnegative().optional(),
    specialisation: Text(1000).optional(),
    siteType: z.enum(['greenfield', 'brownfield']).optional(),
    electricityMw: PositiveNumber.optional(),
    gasM3h: PositiveNumber.optional(),
    waterM3day: PositiveNumber.optional(),
    utilitiesNote: Text(2000).optional(),
    railSiding: z.boolean().optional(),
    notes: Text(5000).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.freeAreaHa !== undefined && p.totalAreaHa !== undefined && p.freeAreaHa > p.totalAreaHa) {
      ctx.addIssue({ code: 'custom', path: ['freeAreaHa'], message: 'free_exceeds_total' });
    }
  });
export type ProposalProperties = z.infer<typeof ProposalProperties>;

/** The keys the validator reads; everything else in an uploaded file is ignored. */
export const PROPOSAL_FIELDS = Object.keys(ProposalProperties.shape) as (keyof ProposalProperties)[];
/** Required when the passport is checked (`requireProperties`). */
export const REQUIRED_PROPOSAL_FIELDS = ['name', 'kind', 'municipalityId', 'contactPerson', 'email'] as const;

export type ProposalGeometry = Polygon | MultiPolygon;
export type ProposalCollection = FeatureCollection<ProposalGeometry>;

/**
 * Only the envelope of the proposal is checked here: its geometry and passport are checked by
 * `validateProposal` (src/domain/validation), which answers in the issue format of DESIGN.md.
 */
const ProposalEnvelope = z.custom<ProposalCollection>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    (v as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((v as { features?: unknown }).features) &&
    (v as { features: unknown[] }).features.length > 0,
  { message: 'proposal must be a non-empty GeoJSON FeatureCollection' },
);

/** `POST /api/submissions` body (DESIGN.md "Submission API"). */
export const SubmissionBody = z.strictObject({
  /** Generated once per draft by the client (a UUID in practice). */
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'must be 8–100 characters: letters, digits, "-" or "_"'),
  submitter: z.strictObject({
    municipalityId: Id,
    name: Text(200),
    email: z.email(),
    phone: Phone.optional(),
  }),
  proposal: ProposalEnvelope,
});
export type SubmissionBody = z.infer<typeof SubmissionBody>;
