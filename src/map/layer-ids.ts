// Source and layer ids, shared by the layer builders, the legend, click handling and tests.
export const SOURCE_IDS = {
  /** Every site as a marker (boundary sites at their centroid), clustered at low zoom. */
  sites: 'parkatlas-sites',
  /** Site boundaries, for sites that have one. */
  siteAreas: 'parkatlas-site-areas',
  /** The selected and the hovered site, drawn above clusters so they are never hidden. */
  highlight: 'parkatlas-highlight',
  infrastructure: 'parkatlas-infrastructure',
  municipalities: 'parkatlas-municipalities',
  /** Vector tiles (PMTiles) of big regions: infrastructure lines and municipal boundaries. */
  infrastructureTiles: 'parkatlas-infrastructure-tiles',
  municipalitiesTiles: 'parkatlas-municipalities-tiles',
} as const;

/** The layer name inside each .pmtiles file (scripts/tiles/write-map-files.ts writes the same). */
export const TILE_SOURCE_LAYERS = { infrastructure: 'infrastructure', municipalities: 'municipalities' } as const;

export const LAYER_IDS = {
  municipalitiesFill: 'municipalities-fill',
  municipalitiesPopulation: 'municipalities-population',
  municipalitiesLine: 'municipalities-line',
  municipalitiesCentre: 'municipalities-centre',
  municipalitiesLabel: 'municipalities-label',
  infraLine: 'infrastructure-line',
  infraPoint: 'infrastructure-point',
  infraLabel: 'infrastructure-label',
  sitesFill: 'sites-fill',
  sitesOutline: 'sites-outline',
  sitesCluster: 'sites-cluster',
  sitesClusterCount: 'sites-cluster-count',
  sitesPoint: 'sites-point',
  sitesLabel: 'sites-label',
  highlight: 'sites-highlight',
} as const;

export type LayerGroup = 'sites' | 'infrastructure' | 'municipalities' | 'population';

export const LAYER_GROUPS: Record<LayerGroup, readonly string[]> = {
  municipalities: [
    LAYER_IDS.municipalitiesFill,
    LAYER_IDS.municipalitiesLine,
    LAYER_IDS.municipalitiesCentre,
    LAYER_IDS.municipalitiesLabel,
  ],
  infrastructure: [LAYER_IDS.infraLine, LAYER_IDS.infraPoint, LAYER_IDS.infraLabel],
  /** Optional shading of municipal polygons by population (off unless asked for). */
  population: [LAYER_IDS.municipalitiesPopulation],
  sites: [
    LAYER_IDS.sitesFill,
    LAYER_IDS.sitesOutline,
    LAYER_IDS.sitesCluster,
    LAYER_IDS.sitesClusterCount,
    LAYER_IDS.sitesPoint,
    LAYER_IDS.sitesLabel,
    LAYER_IDS.highlight,
  ],
};

/** Layers a click or hover on a site is read from. */
export const SITE_HIT_LAYERS = [LAYER_IDS.sitesFill, LAYER_IDS.sitesPoint] as const;

/** Cluster settings: co-located town-centre markers (fanned out 2.5 km) separate by zoom ~11. */
export const SITE_CLUSTER = { maxZoom: 11, radius: 36 } as const;

/** Population classes of the choropleth (people), lowest first. */
export const POPULATION_BREAKS = [0, 25_000, 50_000, 100_000, 250_000] as const;
/** Power line classes by voltage (kV, highest first) and their line width (px); below 35 kV: 1 px. */
export const VOLTAGE_CLASSES = [
  { kv: 500, width: 3.6 },
  { kv: 220, width: 2.8 },
  { kv: 110, width: 2 },
  { kv: 35, width: 1.5 },
  { kv: 0, width: 1 },
] as const;

/** The class a line of `kv` falls in (unknown voltage: the lowest). */
export const voltageClass = (kv: number) => VOLTAGE_CLASSES.find((c) => kv >= c.kv) ?? VOLTAGE_CLASSES[VOLTAGE_CLASSES.length - 1]!;
