// The region in its surroundings, on the offline basemap only (an online basemap draws its own):
// the land outside the region dimmed, the neighbouring regions outlined and named, rivers and
// lake shores, and the region's outline on top of them. Files from `npm run import:context`.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang';
import { LABEL_FONT, type Theme } from '../theme';
import { halo, labelField, perFeature } from './common';

/** URLs of the context files (src/domain/data/context-files.ts), when the region has them. */
export interface ContextUrls {
  outline: string;
  mask: string;
  neighbours: string;
  rivers: string;
  lakes: string;
}

export const CONTEXT_SOURCES = {
  outline: 'parkatlas-context-outline',
  mask: 'parkatlas-context-mask',
  neighbours: 'parkatlas-context-neighbours',
  rivers: 'parkatlas-context-rivers',
  lakes: 'parkatlas-context-lakes',
} as const;

export const CONTEXT_LAYERS = {
  mask: 'context-outside',
  neighbours: 'context-neighbours',
  neighboursLabel: 'context-neighbours-label',
  lakes: 'context-lakes',
  rivers: 'context-rivers',
  outline: 'context-outline',
} as const;

/**
 * The surroundings that wait for the map's first 'idle': the neighbours, rivers and lakes (230 KB
 * for Kuzbass) are parsed by the same map worker as the sites (one worker on two cores), and
 * loading them with the style held the sites back by 0.2-0.4 s (`npm run bench -- first-map`).
 * The outline and the dimmed outside come at once: they are the region's shape.
 */
const DEFERRED: readonly (keyof ContextUrls)[] = ['neighbours', 'rivers', 'lakes'];
const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const contextSources = (urls: ContextUrls): Record<string, SourceSpecification> =>
  Object.fromEntries(
    (Object.keys(CONTEXT_SOURCES) as (keyof ContextUrls)[]).map((k) => [CONTEXT_SOURCES[k], { type: 'geojson', data: DEFERRED.includes(k) ? empty() : urls[k] }]),
  );

/** The sources `contextSources` left empty and the files they load once the map is first idle. */
export const deferredContextData = (urls: ContextUrls): [sourceId: string, url: string][] => DEFERRED.map((k) => [CONTEXT_SOURCES[k], urls[k]]);

// River width by GSHHG/WDBII level: 1 = double-lined major rivers (the Tom, the Ob), 3 = lesser.
const riverWidth = ['match', ['get', 'level'], 1, 1.6, 2, 1.1, 0.8] as unknown as ExpressionSpecification;

export function contextLayers(t: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: CONTEXT_LAYERS.mask,
      type: 'fill',
      source: CONTEXT_SOURCES.mask,
      paint: { 'fill-color': perFeature(t.context.outside), 'fill-opacity': perFeature(0.55), 'fill-antialias': false },
    },
    {
      id: CONTEXT_LAYERS.neighbours,
      type: 'line',
      source: CONTEXT_SOURCES.neighbours,
      paint: { 'line-color': perFeature(t.context.neighbour), 'line-width': perFeature(1), 'line-dasharray': perFeature([4, 2]) },
    },
    {
      id: CONTEXT_LAYERS.lakes,
      type: 'line',
      source: CONTEXT_SOURCES.lakes,
      paint: { 'line-color': perFeature(t.water), 'line-width': perFeature(1), 'line-dasharray': perFeature([1, 0]) },
    },
    {
      id: CONTEXT_LAYERS.rivers,
      type: 'line',
      source: CONTEXT_SOURCES.rivers,
      paint: { 'line-color': perFeature(t.water), 'line-width': riverWidth, 'line-dasharray': perFeature([1, 0]) },
    },
    {
      id: CONTEXT_LAYERS.outline,
      type: 'line',
      source: CONTEXT_SOURCES.outline,
      paint: { 'line-color': perFeature(t.context.outline), 'line-width': perFeature(2), 'line-dasharray': perFeature([1, 0]) },
    },
    {
      id: CONTEXT_LAYERS.neighboursLabel,
      type: 'symbol',
      source: CONTEXT_SOURCES.neighbours,
      layout: { 'text-field': labelField(lang), 'text-font': [LABEL_FONT], 'text-size': 12, 'text-optional': true, 'text-max-width': 8 },
      paint: { ...halo(t), 'text-color': t.context.neighbour },
    },
  ];
}
