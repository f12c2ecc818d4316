// The project's layers: one module per subject (its ids, specs and legend), and here the draw
// order (bottom first), the layer groups the legend toggles and the link names (`?layers=`), and
// the legend. The offline style, the online merge, the legend, clicks and tests read from here.
import type { LayerSpecification } from 'maplibre-gl';
import type { LayerGroupName } from '../../domain/url-state';
import type { Lang } from '../../i18n/lang';
import type { Theme } from '../theme';
import type { LegendItem, TiledLayers } from './common';
import { HIGHLIGHT_LAYERS, HIGHLIGHT_SOURCES, highlightLayers } from './highlight';
import { INFRA_LAYERS, INFRA_SOURCES, INFRA_TILE_LAYER, infrastructureLayers, infrastructureLegend, type InfraLegendOptions } from './infrastructure';
import { MUNICIPALITY_LAYERS, MUNICIPALITY_SOURCES, MUNICIPALITY_TILE_LAYER, municipalityLayers, municipalityLegend, populationLegend } from './municipalities';
import { roadmapLegend } from './roadmap';
import { SITE_LAYERS, SITE_SOURCES, siteLayers, siteLegend } from './sites';

export { labelField, perFeature, type LegendItem, type LegendLabel, type TiledLayers } from './common';
export { POPULATION_BREAKS } from './municipalities';
export { SITE_CLUSTER, SITE_HIT_LAYERS } from './sites';
export { VOLTAGE_CLASSES, voltageClass } from './infrastructure';

export const SOURCE_IDS = { ...SITE_SOURCES, ...HIGHLIGHT_SOURCES, ...INFRA_SOURCES, ...MUNICIPALITY_SOURCES } as const;
export const LAYER_IDS = { ...MUNICIPALITY_LAYERS, ...INFRA_LAYERS, ...SITE_LAYERS, highlight: HIGHLIGHT_LAYERS.highlight } as const;
/** The layer name inside each .pmtiles file (scripts/tiles/write-map-files.ts writes the same). */
export const TILE_SOURCE_LAYERS = { infrastructure: INFRA_TILE_LAYER, municipalities: MUNICIPALITY_TILE_LAYER } as const;

/** A legend group toggles its layers; its name is the link's (`?layers=sites,infrastructure`). */
export type LayerGroup = LayerGroupName;

/** Which layers each group shows and hides. */
export const LAYER_GROUPS: Record<LayerGroup, readonly string[]> = {
  municipalities: [
    MUNICIPALITY_LAYERS.municipalitiesFill,
    MUNICIPALITY_LAYERS.municipalitiesLine,
    MUNICIPALITY_LAYERS.municipalitiesCentre,
    MUNICIPALITY_LAYERS.municipalitiesLabel,
  ],
  infrastructure: Object.values(INFRA_LAYERS),
  /** Optional shading of municipal polygons by population (off unless asked for). */
  population: [MUNICIPALITY_LAYERS.municipalitiesPopulation],
  sites: [...Object.values(SITE_LAYERS), HIGHLIGHT_LAYERS.highlight],
};

/** Every project layer, in draw order (bottom first). */
export function buildProjectLayers(t: Theme, lang: Lang, tiled: TiledLayers = {}): LayerSpecification[] {
  return [...municipalityLayers(t, lang, tiled), ...infrastructureLayers(t, lang, tiled), ...siteLayers(t, lang), ...highlightLayers(t)];
}

/** Message keys of the groups' titles in the legend. */
const GROUP_TITLES = {
  sites: 'layerSites',
  infrastructure: 'layerInfrastructure',
  municipalities: 'layerMunicipalities',
  population: 'layerPopulation',
} as const satisfies Record<LayerGroup, string>;

export interface LegendGroup {
  group: LayerGroup;
  title: (typeof GROUP_TITLES)[LayerGroup];
  layerIds: readonly string[];
  items: LegendItem[];
}

export interface LegendOptions extends InfraLegendOptions {
  /** The population shading is offered only where municipal polygons exist. */
  municipalPolygons?: boolean;
  /** Some site or infrastructure has a dated plan: the roadmap's rings get a key. */
  plans?: boolean;
}

/** The legend for what the region holds, group by group in the order the panel shows them. */
export function buildLegend(t: Theme, o: LegendOptions): LegendGroup[] {
  const group = (name: LayerGroup, items: LegendItem[]): LegendGroup => ({ group: name, title: GROUP_TITLES[name], layerIds: LAYER_GROUPS[name], items });
  const groups = [
    // The rings mark infrastructure too, but sit with the sites: the group shown by default.
    group('sites', [...siteLegend(t), ...(o.plans ? roadmapLegend(t) : [])]),
    group('infrastructure', infrastructureLegend(t, o)),
    group('municipalities', municipalityLegend(t)),
  ];
  if (o.municipalPolygons) groups.push(group('population', populationLegend(t)));
  return groups;
}
