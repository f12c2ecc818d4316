// Creates the app's MapLibre map: one way for the map made before the app loads (early-map.ts)
// and for MapView's own, so both start from the same style, camera and options.
import { mapLocale } from './controls';
import { Map as MapLibreMap, type ErrorEvent as MapErrorEvent, type GeoJSONSource } from 'maplibre-gl';
import type { MapView as View } from '../domain/url-state';
import type { Lang } from '../i18n/lang';
import { chooseStyle, type StyleChoice } from './choose-style';
import { bundledFontUrls } from './fonts';
import { SOURCE_IDS } from './layers';
import { deferredContextData } from './layers/context';
import { setUpMapLibre } from './maplibre-setup';
import { registerPmtilesProtocol } from './pmtiles-protocol';
import type { ProjectData } from './style';

declare global {
  interface Window {
    /** The map on screen from the moment it exists, before the app has wired it (benchmarks). */
    parkatlasFirstMap?: MapLibreMap;
  }
}

/** What the link and region.json decide about the map before any layer data is in. */
export interface MapOptions {
  onlineBasemap: string | null;
  lang: Lang;
  /** Where the map opens: a view from the link, else the region's bbox fitted to the screen. */
  initialView: View | undefined;
  regionBbox: [number, number, number, number];
  /** Scroll-wheel zoom; off in embeds unless asked for, so the host article keeps scrolling. */
  scrollZoom: boolean;
}

/** A map and what happened to it before anyone listened (an adopted map was made earlier). */
export interface CreatedMap {
  map: MapLibreMap;
  container: HTMLElement;
  choice: StyleChoice;
  /** Value each source was given, so nothing is sent to the worker twice. */
  sent: Map<string, unknown>;
  fired: Set<'style.load' | 'load'>;
  /** The errors so far; stops recording them (the caller listens from then on). */
  takeErrors: () => MapErrorEvent[];
}

/** Options that must match for a map made earlier to be used as it is. */
export function optionsKey(o: MapOptions, data: Pick<ProjectData, 'tiles'>): string {
  return JSON.stringify([o.onlineBasemap, o.lang, o.scrollZoom, o.initialView ?? null, o.regionBbox, data.tiles ?? null]);
}

export async function createMap(container: HTMLElement, options: MapOptions, data: ProjectData): Promise<CreatedMap> {
  setUpMapLibre();
  // Without the tiles reader the map still comes up: the tiled layers then fail to load and
  // say so (MapView's 'error' listener), the sites and the rest work.
  const protocol = data.tiles ? registerPmtilesProtocol().catch(() => undefined) : Promise.resolve();
  const [choice] = await Promise.all([chooseStyle(options.onlineBasemap, options.lang, bundledFontUrls(document.baseURI), data), protocol]);
  const view = options.initialView;
  const map = new MapLibreMap({
    container,
    style: choice.style,
    ...(view ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom } : { bounds: options.regionBbox, fitBoundsOptions: { padding: 24 } }),
    attributionControl: false,
    // Zoom buttons, the attribution toggle and the map's own label in the UI's language.
    locale: mapLocale(options.lang),
    scrollZoom: options.scrollZoom,
    // The style is built by code the tests check against the style spec (test/map): checking
    // it again at every start costs ~70 ms of the first map.
    validateStyle: false,
  });
  performance.mark('parkatlas:map-created');
  window.parkatlasFirstMap = map;
  const errors: MapErrorEvent[] = [];
  const record = (e: MapErrorEvent) => errors.push(e);
  map.on('error', record);
  // The layout settles after the map is made (panels, a toolbar that wraps, fonts): a new size
  // keeps the whole region in view, as long as the camera is still where the fit put it. Once
  // anything else moved it (the user, a site chosen in the list, a link), resizes leave it be.
  if (!view) {
    let fitted = cameraOf(map);
    const refit = () => {
      if (!sameCamera(cameraOf(map), fitted)) return map.off('resize', refit);
      map.fitBounds(options.regionBbox, { padding: 24, animate: false });
      fitted = cameraOf(map);
    };
    map.on('resize', refit);
  }
  // The surroundings the style left empty come once the region, its sites and lines are drawn.
  const context = data.context;
  if (context) map.once('idle', () => deferredContextData(context).forEach(([id, url]) => map.getSource<GeoJSONSource>(id)?.setData(url)));
  const fired = new Set<'style.load' | 'load'>();
  map.once('style.load', () => fired.add('style.load'));
  map.once('load', () => fired.add('load'));
  return {
    map,
    container,
    choice,
    sent: new Map<string, unknown>([
      [SOURCE_IDS.sites, data.sites],
      [SOURCE_IDS.siteAreas, data.siteAreas],
      [SOURCE_IDS.infrastructure, data.infrastructure],
      [SOURCE_IDS.municipalities, data.municipalities],
    ]),
    fired,
    takeErrors: () => {
      map.off('error', record);
      return errors;
    },
  };
}

const cameraOf = (map: MapLibreMap) => ({ ...map.getCenter(), zoom: map.getZoom() });
const sameCamera = (a: ReturnType<typeof cameraOf>, b: ReturnType<typeof cameraOf>) =>
  Math.abs(a.lng - b.lng) < 1e-7 && Math.abs(a.lat - b.lat) < 1e-7 && Math.abs(a.zoom - b.zoom) < 1e-6;

/** Runs `fn` once `event` has fired, at once if it already has. */
export function whenFired(created: CreatedMap, event: 'style.load' | 'load', fn: () => void): void {
  if (created.fired.has(event)) fn();
  else created.map.once(event, fn);
}

/** Removes the map and its box (each map holds a WebGL context). */
export function disposeMap(created: CreatedMap): void {
  created.map.remove();
  created.container.remove();
  if (window.parkatlasFirstMap === created.map) delete window.parkatlasFirstMap;
}
