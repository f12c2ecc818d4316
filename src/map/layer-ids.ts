// Source and layer ids, shared by the layer builders, the legend, click handling and tests.
export const SOURCE_IDS = {
  sites: 'parkatlas-sites',
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
  sitesPoint: 'sites-point',
  sitesLabel: 'sites-label',
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
  sites: [LAYER_IDS.sitesFill, LAYER_IDS.sitesOutline, LAYER_IDS.sitesPoint, LAYER_IDS.sitesLabel],
};

/** Layers a click or hover on a site is read from. */
export const SITE_HIT_LAYERS = [LAYER_IDS.sitesFill, LAYER_IDS.sitesPoint] as const;
