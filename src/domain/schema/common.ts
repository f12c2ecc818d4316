// Building blocks shared by every data schema. Pure zod: no React, no MapLibre, no DOM.
import * as z from 'zod';

// No code generation: the app runs under a Content-Security-Policy without 'unsafe-eval', where
// zod's first parse probes `new Function('')` to decide whether to compile its parsers. The
// probe fails harmlessly, but the browser reports it as a CSP violation (Lighthouse's best
// practices count it). Our objects are small; the interpreted parsers are fast enough for them.
z.config({ jitless: true });

/** Text in the product's languages. Russian is the source language and always present. */
export const LocalizedText = z.strictObject({
  ru: z.string().trim().min(1, 'Russian text must not be empty'),
  en: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** An ISO calendar date, e.g. "2025-11-01". */
export const IsoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

/** Source links may be http(s); the UI makes only https links clickable (see view-model/passport.ts). javascript: and the like never pass. */
export const HttpsUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

export const Source = z.strictObject({
  title: z.string().trim().min(1),
  url: HttpsUrl.optional(),
  accessed: IsoDate,
});
export type Source = z.infer<typeof Source>;

/**
 * A number from a source. `approximate: true` marks an estimate (the brief's "E"); the UI shows
 * it as such. A value nobody knows is not written at all: there is no "0" or "n/a" default.
 */
export const Quantity = z.strictObject({
  value: z.number().finite(),
  approximate: z.literal(true).optional(),
  note: LocalizedText.optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const LocationPrecision = z.enum(['exact', 'approximate', 'settlement']);
export type LocationPrecision = z.infer<typeof LocationPrecision>;

/** Provenance every feature carries. */
export const Provenance = {
  sources: z.array(Source).min(1, 'every feature needs at least one source'),
  asOf: IsoDate,
  locationPrecision: LocationPrecision,
};

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, "-")');

const Lon = z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180');
const Lat = z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90');
export const Position = z.tuple([Lon, Lat], { message: 'a position is [longitude, latitude]' });
const Ring = z.array(Position).min(4, 'a ring needs at least 4 positions');

export const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });
export const LineStringGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(Position).min(2),
});
export const MultiLineStringGeometry = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(Position).min(2)).min(1),
});
export const PolygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(Ring).min(1),
});
export const MultiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(Ring).min(1)).min(1),
});

export function featureCollection<F extends z.ZodType>(feature: F) {
  return z.strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(feature),
  });
}
