// Every project layer, in draw order (bottom first). Pure data: the offline style, the online
// style merge, the legend and the tests all read from here.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { INFRA_KINDS, SITE_STATUSES } from '../domain/schema/vocabulary';
import type { Lang } from '../i18n/lang';
import { LAYER_IDS, POPULATION_BREAKS, SOURCE_IDS, TILE_SOURCE_LAYERS, VOLTAGE_CLASSES } from './layer-ids';
import { LABEL_FONT, type Theme } from './theme';

const isPolygon: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isLine: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/** The flat label property the map features carry for each language (see map-features.ts). */
export const labelField = (lang: Lang): ExpressionSpecification => ['get', lang === 'en' ? 'nameEn' : 'nameRu'];

function matchColor(property: string, values: readonly string[], colors: Record<string, string>, fallback: string) {
  return ['match', ['get', property], ...values.flatMap((v) => [v, colors[v]!]), fallback] as unknown as ExpressionSpecification;
}

const isCluster: ExpressionSpecification = ['has', 'point_count'];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
// Widths by voltage class, lowest class first as `step` wants it.
const ascending = [...VOLTAGE_CLASSES].reverse();
const voltageWidth = ['step', ['get', 'voltage'], ascending[0]!.width, ...ascending.slice(1).flatMap((c) => [c.kv, c.width])] as unknown as ExpressionSpecification;

/**
 * The same value for every feature, but read per feature. MapLibre compiles one shader program
 * per layer type and combination of per-feature and per-layer paint properties: when all circle
 * (line, fill) layers vary the same properties per feature, they share one program. Each program
 * is compiled on the main thread before the first frame that needs it: 20–70 ms each in software
 * GL, and phones are slow at it too (docs/performance.md, first map). `_` is never a property.
 */
export const perFeature = (value: string | number | number[]): ExpressionSpecification =>
  ['coalesce', ['get', '_'], Array.isArray(value) ? ['literal', value] : value] as unknown as ExpressionSpecification;
const SOLID: number[] = [1, 0];

const halo = (t: Theme) => ({ 'text-color': t.text, 'text-halo-color': t.halo, 'text-halo-width': 1.5 });

/** Which context layers come from vector tiles (big regions) rather than GeoJSON. */
export interface TiledLayers {
  infrastructure?: boolean;
  municipalities?: boolean;
}

export function buildProjectLayers(t: Theme, lang: Lang, tiled: TiledLayers = {}): LayerSpecification[] {
  // Boundaries and lines read the tiles when tiled; centres, points and labels stay GeoJSON.
  const boundaries = tiled.municipalities
    ? { source: SOURCE_IDS.municipalitiesTiles, 'source-layer': TILE_SOURCE_LAYERS.municipalities }
    : { source: SOURCE_IDS.municipalities };
  const lines = tiled.infrastructure
    ? { source: SOURCE_IDS.infrastructureTiles, 'source-layer': TILE_SOURCE_LAYERS.infrastructure }
    : { source: SOURCE_IDS.infrastructure };
  const statusColor = matchColor('status', SITE_STATUSES, t.status, t.status.unknown);
  const infraColor = matchColor('kind', INFRA_KINDS, t.infra, '#666666');
  return [
    {
      id: LAYER_IDS.municipalitiesFill,
      ...boundaries,
      type: 'fill',
      filter: isPolygon,
      // No antialiasing outline: the dashed boundary line is drawn over the edge anyway.
      paint: { 'fill-color': perFeature(t.municipalityFill), 'fill-opacity': perFeature(1), 'fill-antialias': false },
    },
    {
      id: LAYER_IDS.municipalitiesPopulation,
      ...boundaries,
      type: 'fill',
      filter: isPolygon,
      layout: { visibility: 'none' },
      paint: {
        'fill-color': [
          'case',
          ['<', ['get', 'population'], 0],
          t.populationUnknown,
          ['step', ['get', 'population'], t.population[0], ...POPULATION_BREAKS.slice(1).flatMap((b, i) => [b, t.population[i + 1]!])],
        ] as unknown as ExpressionSpecification,
        'fill-opacity': perFeature(0.6),
        'fill-antialias': false,
      },
    },
    {
      id: LAYER_IDS.municipalitiesLine,
      ...boundaries,
      type: 'line',
      filter: isPolygon,
      paint: { 'line-color': perFeature(t.municipality), 'line-width': perFeature(1), 'line-dasharray': perFeature([3, 2]) },
    },
    {
      id: LAYER_IDS.municipalitiesCentre,
      type: 'circle',
      source: SOURCE_IDS.municipalities,
      filter: isPoint,
      paint: {
        'circle-radius': perFeature(2.5),
        'circle-color': perFeature(t.municipality),
        'circle-opacity': perFeature(1),
        'circle-stroke-width': perFeature(0),
      },
    },
    {
      id: LAYER_IDS.municipalitiesLabel,
      type: 'symbol',
      source: SOURCE_IDS.municipalities,
      filter: isPoint,
      layout: {
        'text-field': labelField(lang),
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-offset': [0, 0.7],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { ...halo(t), 'text-color': t.municipality },
    },
    {
      id: LAYER_IDS.infraLine,
      ...lines,
      type: 'line',
      filter: isLine,
      paint: {
        'line-color': infraColor,
        // Power lines by voltage: 500 kV thickest; other lines by kind.
        'line-width': ['case', ['==', ['get', 'kind'], 'power_line'], voltageWidth, ['==', ['get', 'kind'], 'road'], 2, 1.6],
        'line-dasharray': ['case', ['==', ['get', 'kind'], 'gas_pipeline'], ['literal', [2, 1]], ['literal', SOLID]],
      },
    },
    {
      id: LAYER_IDS.infraPoint,
      type: 'circle',
      source: SOURCE_IDS.infrastructure,
      filter: isPoint,
      paint: {
        'circle-radius': perFeature(4.5),
        'circle-color': infraColor,
        'circle-opacity': perFeature(1),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': perFeature(1),
      },
    },
    {
      id: LAYER_IDS.infraLabel,
      type: 'symbol',
      source: SOURCE_IDS.infrastructure,
      minzoom: 8,
      layout: {
        'text-field': labelField(lang),
        'text-font': [LABEL_FONT],
        'text-size': 10,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: halo(t),
    },
    {
      id: LAYER_IDS.sitesFill,
      type: 'fill',
      source: SOURCE_IDS.siteAreas,
      minzoom: 9,
      paint: { 'fill-color': statusColor, 'fill-opacity': perFeature(0.35), 'fill-antialias': false },
    },
    {
      id: LAYER_IDS.sitesOutline,
      type: 'line',
      source: SOURCE_IDS.siteAreas,
      paint: { 'line-color': statusColor, 'line-width': perFeature(1.5), 'line-dasharray': perFeature(SOLID) },
    },
    {
      id: LAYER_IDS.sitesCluster,
      type: 'circle',
      source: SOURCE_IDS.sites,
      filter: isCluster,
      paint: {
        'circle-color': perFeature('#ffffff'),
        'circle-opacity': perFeature(1),
        'circle-stroke-color': t.text,
        'circle-stroke-width': perFeature(2),
        'circle-radius': ['step', ['get', 'point_count'], 13, 5, 16, 20, 20],
      },
    },
    {
      id: LAYER_IDS.sitesClusterCount,
      type: 'symbol',
      source: SOURCE_IDS.sites,
      filter: isCluster,
      layout: { 'text-field': ['to-string', ['get', 'point_count']], 'text-font': [LABEL_FONT], 'text-size': 13, 'text-allow-overlap': true },
      paint: { 'text-color': t.text },
    },
    {
      id: LAYER_IDS.sitesPoint,
      type: 'circle',
      source: SOURCE_IDS.sites,
      filter: notCluster,
      paint: {
        'circle-radius': perFeature(8),
        'circle-color': statusColor,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': perFeature(2),
        // Dashed outlines are not available for circles: approximate markers are drawn lighter.
        'circle-opacity': ['case', ['==', ['get', 'precision'], 'exact'], 1, 0.85],
      },
    },
    {
      id: LAYER_IDS.sitesLabel,
      type: 'symbol',
      source: SOURCE_IDS.sites,
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
      {
      id: LAYER_IDS.highlight,
      type: 'circle',
      source: SOURCE_IDS.highlight,
      paint: {
        'circle-radius': ['case', ['==', ['get', 'role'], 'selected'], 13, 11],
        'circle-color': perFeature('rgba(0, 0, 0, 0)'),
        'circle-opacity': perFeature(1),
        'circle-stroke-color': t.selected,
        'circle-stroke-width': ['case', ['==', ['get', 'role'], 'selected'], 3, 2],
      },
    },
  ];
}
