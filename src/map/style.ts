// The two ways the map gets a style: the offline one built here (no request leaves the app) and
// an online basemap with the project's layers merged on top. Both carry the same project layers.
import type { FeatureCollection } from 'geojson';
import type { FontFacesSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { buildProjectLayers } from './layers';
import { contextLayers, contextSources, type ContextUrls } from './layers/context';
import { SITE_CLUSTER, SOURCE_IDS } from './layers';
import { ROADMAP_YEAR_STATE } from './layers/roadmap';
import { LABEL_FONT, type Theme } from './theme';

export interface FontUrls {
  cyrillic: string;
  latin: string;
}

/** `pmtiles://` URLs of the layers a big region serves as vector tiles (region.json `tiles`). */
export interface TileUrls {
  infrastructure?: string;
  municipalities?: string;
}

export interface ProjectData {
  sites: FeatureCollection;
  siteAreas: FeatureCollection;
  /** Features, or the URL of a map-ready file the map's worker fetches itself. */
  infrastructure: FeatureCollection | string;
  municipalities: FeatureCollection;
  tiles?: TileUrls;
  /** The region's outline, neighbours, rivers and lakes (offline basemap only). */
  context?: ContextUrls;
  /** The roadmap year the map first shows plans in (MapView moves it later); none: no ring. */
  roadmapYear?: number;
}

/** The style's global state: the roadmap year its plan rings read (layers/roadmap.ts). */
const projectState = (data: ProjectData) => ({ [ROADMAP_YEAR_STATE]: { default: data.roadmapYear ?? 0 } });

// Cyrillic first with its range; the Latin file then serves everything else (digits, «», —).
export function fontFaces(urls: FontUrls): FontFacesSpecification {
  return {
    [LABEL_FONT]: [
      { url: urls.cyrillic, 'unicode-range': ['U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'] },
      { url: urls.latin },
    ],
  };
}

export function projectSources(data: ProjectData): Record<string, SourceSpecification> {
  return {
    [SOURCE_IDS.municipalities]: { type: 'geojson', data: data.municipalities, promoteId: 'id' },
    [SOURCE_IDS.infrastructure]: { type: 'geojson', data: data.infrastructure, promoteId: 'id' },
    [SOURCE_IDS.siteAreas]: { type: 'geojson', data: data.siteAreas, promoteId: 'id' },
    [SOURCE_IDS.sites]: {
      type: 'geojson',
      data: data.sites,
      cluster: true,
      clusterMaxZoom: SITE_CLUSTER.maxZoom,
      clusterRadius: SITE_CLUSTER.radius,
    },
    [SOURCE_IDS.highlight]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    ...(data.tiles?.infrastructure ? { [SOURCE_IDS.infrastructureTiles]: { type: 'vector', url: data.tiles.infrastructure } } : {}),
    ...(data.tiles?.municipalities ? { [SOURCE_IDS.municipalitiesTiles]: { type: 'vector', url: data.tiles.municipalities } } : {}),
  };
}

const tiled = (data: ProjectData) => ({ infrastructure: !!data.tiles?.infrastructure, municipalities: !!data.tiles?.municipalities });

export function buildOfflineStyle(t: Theme, lang: Lang, fonts: FontUrls, data: ProjectData): StyleSpecification {
  return {
    version: 8,
    name: 'ParkAtlas offline',
    'font-faces': fontFaces(fonts),
    state: projectState(data),
    sources: { ...projectSources(data), ...(data.context ? contextSources(data.context) : {}) },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': t.background } },
      ...(data.context ? contextLayers(t, lang) : []),
      ...buildProjectLayers(t, lang, tiled(data)),
    ],
  };
}

/** The online basemap with the project's sources, layers and fonts added on top. */
export function mergeIntoBasemap(
  basemap: StyleSpecification,
  t: Theme,
  lang: Lang,
  fonts: FontUrls,
  data: ProjectData,
): StyleSpecification {
  return {
    ...basemap,
    'font-faces': { ...(basemap['font-faces'] ?? {}), ...fontFaces(fonts) },
    state: { ...(basemap.state ?? {}), ...projectState(data) },
    sources: { ...basemap.sources, ...projectSources(data) },
    layers: [...basemap.layers, ...buildProjectLayers(t, lang, tiled(data))],
  };
}

/** A fetched basemap is used only if it looks like a style; anything else means offline. */
export function looksLikeStyle(value: unknown): value is StyleSpecification {
  const v = value as Partial<StyleSpecification> | null;
  return !!v && v.version === 8 && typeof v.sources === 'object' && Array.isArray(v.layers);
}
