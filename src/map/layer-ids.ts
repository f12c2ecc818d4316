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
} as const;

export const LAYER_IDS = {
  municipalitiesFill: 'municipalities-fill',
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

export type LayerGroup = 'sites' | 'infrastructure' | 'municipalities';

export const LAYER_GROUPS: Record<LayerGroup, readonly string[]> = {
  municipalities: [
    LAYER_IDS.municipalitiesFill,
    LAYER_IDS.municipalitiesLine,
    LAYER_IDS.municipalitiesCentre,
    LAYER_IDS.municipalitiesLabel,
  ],
  infrastructure: [LAYER_IDS.infraLine, LAYER_IDS.infraPoint, LAYER_IDS.infraLabel],
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
