// The whole data build as one pure function: read -> validate -> check -> derive -> outputs.
import { checkRegion } from './check-region';
import { buildSites } from './build-sites';
import type { DataProblem } from './format-issues';
import { loadRegion, type ReadFile } from './region-data';
import { OUTPUT_FILES } from './output-files';
import { infrastructureSummary, planTiling, type TilingPlan } from './plan-tiles';

export interface BuildResult {
  problems: DataProblem[];
  outputs?: Record<string, unknown>;
  /** For the script: what it writes map-ready (MAP_FILES) and cuts into tiles (region.json `tiles`). */
  map?: Pick<TilingPlan, 'mapInfrastructure' | 'tiled'>;
  summary: { sites: number; infrastructure: number; municipalities: number };
}

export { OUTPUT_FILES } from './output-files';

export function buildRegion(read: ReadFile): BuildResult {
  const { data, problems } = loadRegion(read);
  const summary = { sites: 0, infrastructure: 0, municipalities: 0 };
  if (!data) return { problems, summary };
  const crossProblems = checkRegion(data);
  if (crossProblems.length) return { problems: crossProblems, summary };
  const sites = buildSites(data);
  summary.sites = sites.length;
  summary.infrastructure = data.infrastructure.features.length;
  summary.municipalities = data.municipalities.features.length;
  // Sites were derived from every feature above; tiling only changes how the map receives them.
  const plan = planTiling(data.region, data.infrastructure.features, data.municipalities.features);
  const { tiles: _tiles, summary: _summary, ...region } = data.region;
  return {
    problems: [],
    summary,
    outputs: {
      // The app always reads the output names below, whatever the source files are called.
      [OUTPUT_FILES.region]: {
        ...region,
        ...(plan.tiles ? { tiles: plan.tiles } : {}),
        summary: infrastructureSummary(data.infrastructure.features),
        files: { sites: OUTPUT_FILES.sites, infrastructure: OUTPUT_FILES.infrastructure, municipalities: OUTPUT_FILES.municipalities },
      },
      [OUTPUT_FILES.sites]: { type: 'FeatureCollection', features: sites },
      [OUTPUT_FILES.infrastructure]: data.infrastructure,
      [OUTPUT_FILES.municipalities]: { ...data.municipalities, features: plan.municipalities },
      // The context layers go out as they were imported (the map's worker fetches them by URL).
      ...(data.context ?? {}),
    },
    map: { mapInfrastructure: plan.mapInfrastructure, tiled: plan.tiled },
  };
}
