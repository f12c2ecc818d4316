/** The names the data build writes in public/data/<region>/, whatever the source files are called. */
export const OUTPUT_FILES = {
  region: 'region.json',
  sites: 'sites.geojson',
  infrastructure: 'infrastructure.geojson',
  municipalities: 'municipalities.geojson',
} as const;

/**
 * Map-ready forms written beside them by scripts/build-data.ts (flat label and style properties,
 * see src/map/map-features.ts). The map's worker fetches and parses these itself: the page never
 * holds thousands of line features it has no other use for.
 */
export const MAP_FILES = { infrastructure: 'infrastructure.map.geojson' } as const;

/**
 * What each page fetches itself at start (its HTML preloads the same). Not the map file: the
 * map's worker fetches it, and a worker does not use the page's preloads.
 */
export const FIRST_LOAD = {
  map: [OUTPUT_FILES.region, OUTPUT_FILES.sites, OUTPUT_FILES.municipalities],
  propose: [OUTPUT_FILES.region, OUTPUT_FILES.sites, OUTPUT_FILES.municipalities, OUTPUT_FILES.infrastructure],
} as const;

/** The region's releases (src/domain/releases.ts), committed in data/regions/<region>/releases/. */
export const RELEASES_DIR = 'releases';
export const RELEASE_INDEX = 'releases/index.json';
