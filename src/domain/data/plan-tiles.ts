// Which context layers the data build serves as vector tiles (PMTiles) instead of GeoJSON.
// A GeoJSON layer is downloaded, parsed and tiled whole in the browser before anything of it
// shows; past a size (measured: docs/performance.md, "scale") pre-cut tiles draw sooner and
// only the tiles in view are fetched. Points stay GeoJSON: they are few, and the app reads them.
// infrastructure.geojson keeps every feature (the proposal page derives distances from it);
// municipalities.geojson keeps tiled municipalities as centre points (the app reads it whole).
import type { Geometry } from 'geojson';
import { countPositions } from '../osm/geometry';
import { hasPlan } from '../roadmap';
import { INFRA_KINDS, type InfraFeature } from '../schema/infrastructure';
import { isBuilt } from '../schema/vocabulary';
import type { MunicipalityFeature } from '../schema/municipality';
import type { RegionConfig } from '../schema/region';

/**
 * Vertices above which a layer is tiled (lines of infrastructure; municipal boundaries): the
 * crossover measured by `npm run bench -- scale` (PMTiles drew 1.34× sooner at ~100k vertices,
 * 1.09× at 30k, which is within noise; 2.2× at 1M).
 */
export const DEFAULT_TILE_THRESHOLD = 100_000;
/**
 * Deepest zoom cut per layer; the map overzooms beyond it. Boundaries need less detail than
 * lines, and a polygon fills every tile inside it: all-Russia at zoom 10 was 138k tiles, 31 MB.
 */
export const DEFAULT_TILE_MAX_ZOOM = { infrastructure: 9, municipalities: 7 } as const;
export const TILE_FILES = { infrastructure: 'infrastructure.pmtiles', municipalities: 'municipalities.pmtiles' } as const;

export interface TilingPlan {
  /** What the map reads as GeoJSON: infrastructure.map.geojson and municipalities.geojson. */
  mapInfrastructure: InfraFeature[];
  municipalities: MunicipalityFeature[];
  /** What goes into the .pmtiles files, when a layer is tiled. */
  tiled: { infrastructure?: InfraFeature[]; municipalities?: MunicipalityFeature[] };
  /** The `tiles` entry of the built region.json. */
  tiles?: NonNullable<RegionConfig['tiles']>;
}

const sum = (geoms: Geometry[]) => geoms.reduce((n, g) => n + countPositions(g), 0);

type Boundary = Exclude<MunicipalityFeature['geometry'], { type: 'Point' }>;

/** A municipality shown by its centre: the boundary is in the tiles. */
function asCentrePoint(m: MunicipalityFeature & { geometry: Boundary }): MunicipalityFeature {
  return { ...m, geometry: { type: 'Point', coordinates: m.properties.centre ?? outerRingMean(m.geometry) } };
}

function outerRingMean(g: Boundary): [number, number] {
  const ring = g.type === 'Polygon' ? g.coordinates[0]! : g.coordinates[0]![0]!;
  // The mean of the outer ring: inside for the convex-ish shapes of municipalities, and only
  // used when a boundary has no `centre`.
  const n = ring.length - 1 || 1;
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += ring[i]![0]!;
    y += ring[i]![1]!;
  }
  return [x / n, y / n];
}

export function planTiling(region: RegionConfig, infrastructure: InfraFeature[], municipalities: MunicipalityFeature[]): TilingPlan {
  const threshold = region.tiling?.thresholdVertices ?? DEFAULT_TILE_THRESHOLD;
  const maxZoom = region.tiling?.maxZoom;
  const lines = infrastructure.filter((f) => f.geometry.type !== 'Point');
  const polygons = municipalities.filter((m) => m.geometry.type !== 'Point');
  const tileInfra = sum(lines.map((f) => f.geometry)) > threshold;
  const tileMunicipalities = sum(polygons.map((m) => m.geometry)) > threshold;
  const plan: TilingPlan = { mapInfrastructure: infrastructure, municipalities, tiled: {} };
  const tiles: NonNullable<RegionConfig['tiles']> = {};
  if (tileInfra) {
    plan.mapInfrastructure = infrastructure.filter((f) => f.geometry.type === 'Point');
    plan.tiled.infrastructure = lines;
    tiles.infrastructure = { file: TILE_FILES.infrastructure, maxzoom: maxZoom ?? DEFAULT_TILE_MAX_ZOOM.infrastructure };
  }
  if (tileMunicipalities) {
    plan.municipalities = municipalities.map((m) => (m.geometry.type === 'Point' ? m : asCentrePoint({ ...m, geometry: m.geometry })));
    plan.tiled.municipalities = polygons;
    tiles.municipalities = { file: TILE_FILES.municipalities, maxzoom: maxZoom === undefined ? DEFAULT_TILE_MAX_ZOOM.municipalities : Math.max(4, maxZoom - 2) };
  }
  if (tileInfra || tileMunicipalities) plan.tiles = tiles;
  return plan;
}

/** What the legend and the filters need to know of the infrastructure without loading it. */
export function infrastructureSummary(infrastructure: InfraFeature[]): NonNullable<RegionConfig['summary']> {
  const kinds = new Set(infrastructure.map((f) => f.properties.kind));
  const voltages = new Set(
    infrastructure.filter((f) => f.properties.kind === 'power_line').map((f) => Math.max(0, ...(f.properties.voltageKv ?? []))),
  );
  return {
    infrastructureKinds: INFRA_KINDS.filter((k) => kinds.has(k)),
    voltagesKv: [...voltages].sort((a, b) => b - a),
    notBuilt: infrastructure.some((f) => !isBuilt(f.properties.status)),
    plans: infrastructure.some((f) => hasPlan(f.properties.events)),
  };
}
