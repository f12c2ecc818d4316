import * as z from 'zod';
import { Id, IsoDate, LocalizedText, Position } from './common';
import { InfraKind } from './infrastructure';
import { LANGUAGES } from './vocabulary';

const TilesFile = z.string().regex(/^[a-z0-9-]+\.pmtiles$/, 'a .pmtiles file name beside region.json');

export const Bbox = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine(([w, s, e, n]) => w < e && s < n, 'bbox is [west, south, east, north] with west < east, south < north');

const DcwCode = z.string().regex(/^[A-Z]{2}(\.[A-Z0-9]+)?$/, 'a Digital Chart of the World code such as RU.KEM (gmt coast -E+L lists them)');

/**
 * The region's context layers (outline, neighbours, rivers, lakes), imported by a maintainer with
 * `npm run import:context` from GMT's DCW and GSHHG data into the region's `context/` folder.
 */
export const RegionContext = z.strictObject({
  dcw: DcwCode,
  /** Neighbouring regions drawn and named around the region (names: DCW has English only). */
  neighbours: z.array(z.strictObject({ dcw: DcwCode, name: LocalizedText })),
});
export type RegionContext = z.infer<typeof RegionContext>;

export const RegionConfig = z.strictObject({
  id: Id,
  name: LocalizedText,
  bbox: Bbox,
  defaultView: z.strictObject({ center: Position, zoom: z.number().min(0).max(22) }),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  defaultLanguage: z.enum(LANGUAGES),
  attribution: z.array(z.string().min(1)).min(1),
  dataDate: IsoDate,
  /** Online basemap style URL, or null for the offline style only. */
  basemap: z.strictObject({ online: z.url().nullable() }),
  /** When the data build serves a big layer as vector tiles instead of GeoJSON (see plan-tiles.ts). */
  tiling: z
    .strictObject({
      /** A layer with more vertices than this goes to PMTiles; default DEFAULT_TILE_THRESHOLD. */
      thresholdVertices: z.int().positive().optional(),
      maxZoom: z.int().min(4).max(14).optional(),
    })
    .optional(),
  /** Written by the data build: the layers it tiled (beside region.json, read by range requests). */
  tiles: z
    .strictObject({
      infrastructure: z.strictObject({ file: TilesFile, maxzoom: z.int() }).optional(),
      municipalities: z.strictObject({ file: TilesFile, maxzoom: z.int() }).optional(),
    })
    .optional(),
  /** Written by the data build: what the infrastructure holds, for the legend and the filters. */
  summary: z
    .strictObject({
      infrastructureKinds: z.array(InfraKind),
      voltagesKv: z.array(z.number()),
      /** Some infrastructure is planned or being built (drawn hollow). */
      notBuilt: z.boolean().optional(),
      /** Some infrastructure has a dated plan (drawn with a ring when due or past due). */
      plans: z.boolean().optional(),
    })
    .optional(),
  context: RegionContext.optional(),
  /**
   * Written by the data build: a fingerprint of what the app's first screen shows (region, sites,
   * municipalities). A page whose HTML was written for other data is not taken over as it is.
   */
  dataVersion: z.string().optional(),
  files: z.strictObject({
    sites: z.string(),
    infrastructure: z.string(),
    municipalities: z.string(),
  }),
});
export type RegionConfig = z.infer<typeof RegionConfig>;
