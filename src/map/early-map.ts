// The first map starts before React and the app's own modules: main.tsx calls startEarlyMap at
// once, and MapView adopts that map when it mounts (else it makes its own). The map is on screen
// from the start, in a box where the app's layout will put it, and draws the sites from the raw
// file; the app checks every file meanwhile, and shows an error screen instead if one is broken.
// This module and its imports use no React and no zod, so the map does not wait for either.
import { chooseLang } from '../i18n/lang';
import type { FeatureCollection } from 'geojson';
import { prewarm, type GeoJSONSource } from 'maplibre-gl';
import { OUTPUT_FILES } from '../domain/data/output-files';
import { isFilterActive } from '../domain/filters';
import { roadmapYearOf, sitesInYear, yearOfDate } from '../domain/roadmap';
import type { BuiltSiteFeature } from '../domain/schema/derived';
import type { MunicipalityFeature } from '../domain/schema/municipality';
import type { RegionConfig } from '../domain/schema/region';
import { DEFAULT_LAYERS, filterFromUrl, parseUrlState, type UrlState } from '../domain/url-state';
import { createMap, disposeMap, optionsKey, whenFired, type CreatedMap, type MapOptions } from './create-map';
import { SOURCE_IDS } from './layers';
import { showLayerGroups } from './layer-visibility';
import { mapContext } from './map-context';
import { municipalityMapFeatures, siteAreaFeatures, siteMapFeatures } from './map-features';
import { setUpMapLibre } from './maplibre-setup';
import { fetchJsonOnce, REGION_ID, regionDataUrl } from '../io/region-files';

/** The map's options from the link and region.json: one rule for the first map and the app's. */
export function mapOptionsFor(region: Pick<RegionConfig, 'basemap' | 'bbox' | 'defaultLanguage' | 'languages'>, url: UrlState, embed: boolean): MapOptions {
  return {
    onlineBasemap: url.basemap === 'offline' ? null : region.basemap.online,
    // The app's rule exactly: a different language here would make the app start a second map.
    lang: chooseLang(url.lang, region),
    initialView: url.view,
    regionBbox: region.bbox,
    scrollZoom: embed ? (url.wheel ?? false) : true,
  };
}

interface Early {
  made: Promise<{ created: CreatedMap; key: string } | undefined>;
  adopted: boolean;
}

let early: Early | undefined;
let settle: () => void = () => undefined;
/** See firstMapSettled. */
const settled = new Promise<void>((resolve) => (settle = resolve));

/**
 * Resolves once the first map has drawn everything it has (its first 'idle'), or has failed, or
 * 1.5 s after it started (a slow basemap host or a huge file must not hold the panels back),
 * whichever comes first. The app renders after it: on a slow device the map (the first screen)
 * gets the main thread first, the panels follow.
 */
export function firstMapSettled(): Promise<void> {
  return settled;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function startEarlyMap(embed: boolean): void {
  performance.mark('parkatlas:first-map-start');
  setTimeout(settle, 1500);
  setUpMapLibre();
  prewarm();
  const dataUrl = regionDataUrl(REGION_ID, document.baseURI);
  const file = (name: string) => fetchJsonOnce(new URL(name, dataUrl));
  const state: Early = { made: Promise.resolve(undefined), adopted: false };
  state.made = (async () => {
    const regionFile = await file(OUTPUT_FILES.region);
    if (!regionFile.ok) return undefined;
    // Not checked here (that is the app's job, with messages): anything odd throws, and the app
    // then makes its own map or shows what is wrong.
    const region = regionFile.json as RegionConfig;
    const url = parseUrlState(window.location.search, window.location.hash);
    const options = mapOptionsFor(region, url, embed);
    const year = roadmapYearOf(url.year, region.dataDate);
    const data = { sites: EMPTY, siteAreas: EMPTY, roadmapYear: year, ...mapContext({ region, infrastructure: [], municipalities: [] }, dataUrl) };
    const container = document.createElement('div');
    container.className = embed ? 'map-canvas map-early map-early-embed' : 'map-canvas map-early';
    document.body.append(container);
    const created = await createMap(container, options, data).catch((e: unknown) => {
      container.remove();
      throw e;
    });
    // The link's layer choice from the first frame (`layers=`), as the legend will show it.
    whenFired(created, 'style.load', () => showLayerGroups(created.map, new Set(url.layers ?? DEFAULT_LAYERS)));
    // The layers as they arrive, until the app takes the map over and sends its own.
    // (Once the app holds its checked copies the shared reads are released and give nothing.)
    const seed = (id: string, value: () => FeatureCollection) =>
      whenFired(created, 'style.load', () => {
        if (state.adopted) return;
        try {
          const collection = value();
          created.sent.set(id, collection);
          created.map.getSource<GeoJSONSource>(id)?.setData(collection);
        } catch {
          // A malformed file: the app's checks will name the problem.
        }
      });
    // A link with filters waits for the app: the first frame never shows a site they exclude.
    if (!isFilterActive(filterFromUrl(url))) {
      void file(OUTPUT_FILES.sites).then((f) => {
        if (!f.ok) return;
        // The sites the link's roadmap year shows, as the app will (all of them in the data's year).
        const sites = sitesInYear((f.json as { features: BuiltSiteFeature[] }).features, year, yearOfDate(region.dataDate));
        seed(SOURCE_IDS.sites, () => siteMapFeatures(sites));
        seed(SOURCE_IDS.siteAreas, () => siteAreaFeatures(sites));
      });
    }
    void file(OUTPUT_FILES.municipalities).then((f) => {
      if (!f.ok) return;
      const municipalities = (f.json as { features: MunicipalityFeature[] }).features;
      seed(SOURCE_IDS.municipalities, () => municipalityMapFeatures(municipalities));
    });
    created.map.once('idle', settle);
    // The live map for devtools and the browser tests from its first frame: a page whose HTML
    // shows the app already is taken over only once its data is in.
    window.parkatlasMap = created.map;
    return { created, key: optionsKey(options, data) };
  })().catch(() => undefined);
  void state.made.then((made) => made ?? settle());
  early = state;
}

/**
 * The first map if it was made with the same options (`optionsKey`), else undefined (and that
 * map, if any, is removed). Once taken, only the taker changes its sources. `stillWanted` is
 * asked once the map exists: a component unmounted meanwhile leaves it for the next one.
 */
export async function adoptEarlyMap(key: string, stillWanted: () => boolean): Promise<CreatedMap | undefined> {
  const waitingFor = early;
  const made = await waitingFor?.made;
  // Unmounted meanwhile, or taken by another: leave it.
  if (!waitingFor || !stillWanted() || early !== waitingFor) return undefined;
  early = undefined;
  if (!made) return undefined;
  if (made.key !== key) {
    dispose(made.created);
    return undefined;
  }
  waitingFor.adopted = true;
  return made.created;
}

function dispose(created: CreatedMap): void {
  if (window.parkatlasMap === created.map) delete window.parkatlasMap;
  disposeMap(created);
}

/** For a page that shows no map after all (a region file failed to load). */
export function discardEarlyMap(): void {
  const taken = early;
  early = undefined;
  void taken?.made.then((made) => made && dispose(made.created));
}
