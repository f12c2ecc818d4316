// The sites: markers (clustered at low zoom), boundaries where known, labels; and their legend.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SITE_STATUSES } from '../../domain/schema/vocabulary';
import type { Lang } from '../../i18n/lang';
import { LABEL_FONT, type Theme } from '../theme';
import { planRing } from './roadmap';
import { halo, labelField, matchColor, perFeature, SOLID, type LegendItem } from './common';

export const SITE_SOURCES = {
  /** Every site as a marker (boundary sites at their centroid), clustered at low zoom. */
  sites: 'parkatlas-sites',
  /** Site boundaries, for sites that have one. */
  siteAreas: 'parkatlas-site-areas',
} as const;

export const SITE_LAYERS = {
  sitesFill: 'sites-fill',
  sitesOutline: 'sites-outline',
  sitesCluster: 'sites-cluster',
  sitesClusterCount: 'sites-cluster-count',
  sitesPoint: 'sites-point',
  sitesLabel: 'sites-label',
} as const;

/** Layers a click or hover on a site is read from. */
export const SITE_HIT_LAYERS = [SITE_LAYERS.sitesFill, SITE_LAYERS.sitesPoint] as const;

/** Cluster settings: co-located town-centre markers (fanned out 2.5 km) separate by zoom ~11. */
export const SITE_CLUSTER = { maxZoom: 11, radius: 36 } as const;

const isCluster: ExpressionSpecification = ['has', 'point_count'];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

export function siteLayers(t: Theme, lang: Lang): LayerSpecification[] {
  const statusColor = matchColor('status', SITE_STATUSES, t.status, t.status.unknown);
  return [
    {
      id: SITE_LAYERS.sitesFill,
      type: 'fill',
      source: SITE_SOURCES.siteAreas,
      minzoom: 9,
      paint: { 'fill-color': statusColor, 'fill-opacity': perFeature(0.35), 'fill-antialias': false },
    },
    {
      id: SITE_LAYERS.sitesOutline,
      type: 'line',
      source: SITE_SOURCES.siteAreas,
      paint: { 'line-color': statusColor, 'line-width': perFeature(1.5), 'line-dasharray': perFeature(SOLID) },
    },
    {
      id: SITE_LAYERS.sitesCluster,
      type: 'circle',
      source: SITE_SOURCES.sites,
      filter: isCluster,
      paint: {
        'circle-color': perFeature(t.halo),
        'circle-opacity': perFeature(1),
        'circle-stroke-color': perFeature(t.text),
        'circle-stroke-width': perFeature(2),
        'circle-radius': ['step', ['get', 'point_count'], 13, 5, 16, 20, 20],
      },
    },
    {
      id: SITE_LAYERS.sitesClusterCount,
      type: 'symbol',
      source: SITE_SOURCES.sites,
      filter: isCluster,
      layout: { 'text-field': ['to-string', ['get', 'point_count']], 'text-font': [LABEL_FONT], 'text-size': 13, 'text-allow-overlap': true },
      paint: { 'text-color': t.text },
    },
    {
      id: SITE_LAYERS.sitesPoint,
      type: 'circle',
      source: SITE_SOURCES.sites,
      filter: notCluster,
      paint: {
        'circle-radius': perFeature(8),
        'circle-color': statusColor,
        ...planRing(t, { color: perFeature(t.halo), width: perFeature(2) }),
        // Dashed outlines are not available for circles: approximate markers are drawn lighter.
        'circle-opacity': ['case', ['==', ['get', 'precision'], 'exact'], 1, 0.85],
      },
    },
    {
      id: SITE_LAYERS.sitesLabel,
      type: 'symbol',
      source: SITE_SOURCES.sites,
      filter: notCluster,
      layout: {
        'text-field': labelField(lang),
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: halo(t),
    },
  ];
}

export const siteLegend = (t: Theme): LegendItem[] => SITE_STATUSES.map((s) => ({ key: s, color: t.status[s], label: { status: s } }));
