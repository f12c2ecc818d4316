// Municipalities: boundaries (when known), the optional population shading, centres and names.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang';
import { LABEL_FONT, type Theme } from '../theme';
import { halo, isPoint, isPolygon, labelField, perFeature, type LegendItem, type TiledLayers } from './common';

export const MUNICIPALITY_SOURCES = {
  municipalities: 'parkatlas-municipalities',
  /** Vector tiles (PMTiles) of a big region's boundaries. */
  municipalitiesTiles: 'parkatlas-municipalities-tiles',
} as const;

export const MUNICIPALITY_LAYERS = {
  municipalitiesFill: 'municipalities-fill',
  municipalitiesPopulation: 'municipalities-population',
  municipalitiesLine: 'municipalities-line',
  municipalitiesCentre: 'municipalities-centre',
  municipalitiesLabel: 'municipalities-label',
} as const;

/** The layer name inside the .pmtiles file (scripts/tiles/write-map-files.ts writes the same). */
export const MUNICIPALITY_TILE_LAYER = 'municipalities';

/** Population classes of the choropleth (people), lowest first. */
export const POPULATION_BREAKS = [0, 25_000, 50_000, 100_000, 250_000] as const;

export function municipalityLayers(t: Theme, lang: Lang, tiled: TiledLayers): LayerSpecification[] {
  // Boundaries read the tiles when tiled; centres and labels stay GeoJSON.
  const boundaries = tiled.municipalities
    ? { source: MUNICIPALITY_SOURCES.municipalitiesTiles, 'source-layer': MUNICIPALITY_TILE_LAYER }
    : { source: MUNICIPALITY_SOURCES.municipalities };
  return [
    {
      id: MUNICIPALITY_LAYERS.municipalitiesFill,
      ...boundaries,
      type: 'fill',
      filter: isPolygon,
      // No antialiasing outline: the dashed boundary line is drawn over the edge anyway.
      paint: { 'fill-color': perFeature(t.municipalityFill), 'fill-opacity': perFeature(1), 'fill-antialias': false },
    },
    {
      id: MUNICIPALITY_LAYERS.municipalitiesPopulation,
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
      id: MUNICIPALITY_LAYERS.municipalitiesLine,
      ...boundaries,
      type: 'line',
      filter: isPolygon,
      paint: { 'line-color': perFeature(t.municipality), 'line-width': perFeature(1), 'line-dasharray': perFeature([3, 2]) },
    },
    {
      id: MUNICIPALITY_LAYERS.municipalitiesCentre,
      type: 'circle',
      source: MUNICIPALITY_SOURCES.municipalities,
      filter: isPoint,
      paint: {
        'circle-radius': perFeature(2.5),
        'circle-color': perFeature(t.municipality),
        'circle-opacity': perFeature(1),
        'circle-stroke-color': perFeature(t.halo),
        'circle-stroke-width': perFeature(0),
      },
    },
    {
      id: MUNICIPALITY_LAYERS.municipalitiesLabel,
      type: 'symbol',
      source: MUNICIPALITY_SOURCES.municipalities,
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
  ];
}

export const municipalityLegend = (t: Theme): LegendItem[] => [{ key: 'centre', color: t.municipality, label: { message: 'legendCentre' } }];

/** The population shading's classes, in thousands of people, then "no data". */
export function populationLegend(t: Theme): LegendItem[] {
  const thousands = (n: number) => n / 1000;
  return [
    ...POPULATION_BREAKS.map((b, i): LegendItem => {
      const next = POPULATION_BREAKS[i + 1];
      return {
        key: `pop_${b}`,
        color: t.population[i]!,
        shape: 'fill',
        label: next ? { message: 'legendPopulationRange', params: { from: thousands(b), to: thousands(next) } } : { message: 'legendPopulationFrom', params: { from: thousands(b) } },
      };
    }),
    { key: 'pop_unknown', color: t.halo, shape: 'fill', label: { message: 'noData' } },
  ];
}
