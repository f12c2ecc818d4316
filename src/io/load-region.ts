// Fetches the built region files and validates them with the same schemas the build used, so a
// broken deployment shows a message naming the file and field instead of a blank map.
import type * as z from 'zod';
import { BuiltSiteFeature } from '../domain/schema/derived';
import { InfraFeature } from '../domain/schema/infrastructure';
import { MunicipalityFeature } from '../domain/schema/municipality';
import { salvageFeatures } from '../domain/data/salvage';
import { RegionConfig } from '../domain/schema/region';
import { formatProblem, problemsFromZod } from '../domain/data/format-issues';
import { OUTPUT_FILES } from '../domain/data/output-files';
import type { InfraCollection as InfraCollectionType } from '../domain/schema/infrastructure';
import { fetchJsonOnce, type Fetched, type FetchFailure } from './region-files';
import { CONTEXT_FILES } from '../domain/data/context-files';
import { OutlineCollection, type RegionOutline } from '../domain/schema/context';

export interface LoadedRegion {
  region: RegionConfig;
  sites: BuiltSiteFeature[];
  infrastructure: InfraFeature[];
  municipalities: MunicipalityFeature[];
  /** The region's real outline, for the proposal page's outside_region check (when imported). */
  outline?: RegionOutline;
  /** Values (or features) left out because they broke their schema, as "file: feature: field: rule". */
  dataProblems?: string[];
}

/** `failure` says whose the problem is: the connection's, or the site's data (a file missing or broken). */
export class RegionLoadError extends Error {
  constructor(
    readonly details: string[],
    readonly failure: FetchFailure,
  ) {
    super(details.join('\n'));
  }
}

/** How a file is read: fetched once in the browser; read from dist/ by the build's page writer. */
export type ReadJson = (url: URL) => Promise<Fetched>;

async function fetchValid<S extends z.ZodType>(read: ReadJson, url: URL, file: string, schema: S): Promise<z.infer<S>> {
  const fetched = await read(url);
  if (!fetched.ok) throw new RegionLoadError([`${file}: ${fetched.problem}`], fetched.failure);
  const parsed = schema.safeParse(fetched.json);
  if (!parsed.success) throw new RegionLoadError(problemsFromZod(file, fetched.json, parsed.error).slice(0, 10).map(formatProblem), 'data');
  return parsed.data;
}

/**
 * A feature collection: one bad value drops that value (or its feature), not the whole map; what
 * was dropped is said. A file that is not a feature collection at all still fails as a data problem.
 */
async function fetchFeatures<S extends z.ZodType>(
  read: ReadJson,
  url: URL,
  file: string,
  featureSchema: S,
  problems: string[],
): Promise<{ features: z.infer<S>[] }> {
  const fetched = await read(url);
  if (!fetched.ok) throw new RegionLoadError([`${file}: ${fetched.problem}`], fetched.failure);
  const salvaged = salvageFeatures(file, fetched.json, featureSchema);
  if (!salvaged) throw new RegionLoadError([`${file}: (root): not a GeoJSON FeatureCollection`], 'data');
  // Nothing usable left of a file that had features: the file itself is broken, not one value.
  const had = (fetched.json as { features: unknown[] }).features.length;
  if (had > 0 && salvaged.features.length === 0) throw new RegionLoadError(salvaged.dropped.slice(0, 10).map(formatProblem), 'data');
  problems.push(...salvaged.dropped.map(formatProblem));
  return { features: salvaged.features };
}

export interface RegionLoading {
  /** The small region.json: enough to create the map (bbox, basemap, attribution) at once. */
  config: Promise<RegionConfig>;
  /** Everything, once the three layer files have arrived and passed their schemas. */
  all: Promise<LoadedRegion>;
}

const NO_INFRASTRUCTURE: InfraCollectionType = { type: 'FeatureCollection', features: [] };

/**
 * Starts the fetches at once (the build always writes these names: OUTPUT_FILES). The map pages
 * leave `infrastructure` out: the map's worker reads its map-ready file itself (MAP_FILES) and
 * region.json's summary tells the legend and filters what it holds. Validating thousands of
 * line features on the main thread held the first map back by seconds.
 */
export function startRegionLoad(baseUrl: URL, { infrastructure, read = fetchJsonOnce }: { infrastructure: boolean; read?: ReadJson }): RegionLoading {
  const config = fetchValid(read, new URL(OUTPUT_FILES.region, baseUrl), OUTPUT_FILES.region, RegionConfig);
  const dataProblems: string[] = [];
  const layers = Promise.all([
    fetchFeatures(read, new URL(OUTPUT_FILES.sites, baseUrl), OUTPUT_FILES.sites, BuiltSiteFeature, dataProblems),
    infrastructure
      ? fetchFeatures(read, new URL(OUTPUT_FILES.infrastructure, baseUrl), OUTPUT_FILES.infrastructure, InfraFeature, dataProblems)
      : Promise.resolve(NO_INFRASTRUCTURE),
    fetchFeatures(read, new URL(OUTPUT_FILES.municipalities, baseUrl), OUTPUT_FILES.municipalities, MunicipalityFeature, dataProblems),
  ]);
  // The proposal page (the one that loads the infrastructure) checks proposals against the outline.
  const outline = config.then((region) =>
    infrastructure && region.context ? fetchValid(read, new URL(CONTEXT_FILES.outline, baseUrl), CONTEXT_FILES.outline, OutlineCollection) : undefined,
  );
  const all = Promise.all([config, layers, outline]).then(([region, [sites, infrastructure, municipalities], outlineFile]) => ({
    region,
    sites: sites.features,
    infrastructure: infrastructure.features,
    municipalities: municipalities.features,
    ...(outlineFile ? { outline: outlineFile.features[0]!.geometry } : {}),
    ...(dataProblems.length ? { dataProblems } : {}),
  }));
  // Whoever awaits only `config` must not leave a rejection of `all` unhandled.
  all.catch(() => undefined);
  return { config, all };
}

/** The region before its layers arrive: the map and the panels render, empty, meanwhile. */
export function withoutLayers(region: RegionConfig): LoadedRegion {
  return { region, sites: [], infrastructure: [], municipalities: [] };
}
