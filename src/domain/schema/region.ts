import * as z from 'zod';
import { Id, IsoDate, LocalizedText, Position } from './common';

export const Bbox = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine(([w, s, e, n]) => w < e && s < n, 'bbox is [west, south, east, north] with west < east, south < north');

export const RegionConfig = z.strictObject({
  id: Id,
  name: LocalizedText,
  bbox: Bbox,
  defaultView: z.strictObject({ center: Position, zoom: z.number().min(0).max(22) }),
  languages: z.array(z.enum(['ru', 'en'])).min(1),
  defaultLanguage: z.enum(['ru', 'en']),
  attribution: z.array(z.string().min(1)).min(1),
  dataDate: IsoDate,
  /** Online basemap style URL, or null for the offline style only. */
  basemap: z.strictObject({ online: z.url().nullable() }),
  files: z.strictObject({
    sites: z.string(),
    infrastructure: z.string(),
    municipalities: z.string(),
  }),
});
export type RegionConfig = z.infer<typeof RegionConfig>;
