// The one MapLibre map of the app. Created once; later changes (language, visible sites,
// highlight, layer visibility, camera requests) are applied to the live map instead of
// re-creating it (each map holds a WebGL context).
import { useEffect, useRef, useState } from 'react';
import {
  type ErrorEvent as MapErrorEvent,
  type GeoJSONSource,
  type Map as MapLibreMap,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { translate } from '../i18n/lang';
import { adoptEarlyMap } from '../map/early-map';
import { createMap, disposeMap, optionsKey, whenFired, type CreatedMap, type MapOptions } from '../map/create-map';
import { LAYER_IDS, SITE_HIT_LAYERS, SOURCE_IDS, type LayerGroup } from '../map/layers';
import { showLayerGroups } from '../map/layer-visibility';
import { onChoose } from '../map/tap';
import { addMapControls } from '../map/controls';
import { labelField } from '../map/layers';
import { ROADMAP_YEAR_STATE } from '../map/layers/roadmap';
import { sameFeatures } from '../map/map-features';
import type { ProjectData } from '../map/style';
import type { MapView as View } from '../domain/url-state';

export interface CameraRequest {
  center: [number, number];
  zoom: number;
  /** Changes on every request, so asking twice for the same place still moves the map. */
  seq: number;
}

/** `lang` is live (labels follow the language switch); the other options only start the map. */
export interface MapViewProps extends MapOptions {
  /** Context layers; the site layers come from `sites` and `siteAreas`. */
  data: Pick<ProjectData, 'infrastructure' | 'municipalities' | 'tiles' | 'context'>;
  attribution: string[];
  /** The filtered sites (markers and boundaries) and the highlight rings. */
  sites: FeatureCollection;
  siteAreas: FeatureCollection;
  highlight: FeatureCollection;
  visibleGroups: ReadonlySet<LayerGroup>;
  /** The year the plan rings are drawn for (live); none on a map that shows no roadmap. */
  roadmapYear?: number;
  camera: CameraRequest | undefined;
  /** False while the app's layer files are still loading (its layers are empty placeholders). */
  dataLoaded: boolean;
  onSitesClicked: (ids: string[]) => void;
  onViewChange: (view: View) => void;
  onBasemap: (basemap: 'online' | 'offline', reason?: string) => void;
  onReady?: (map: MapLibreMap) => void;
}

declare global {
  interface Window {
    /** The live map, for the browser's devtools and the browser tests. */
    parkatlasMap?: MapLibreMap;
  }
}

const PROJECT_CONTEXT_SOURCES = new Set<string>([
  SOURCE_IDS.infrastructure,
  SOURCE_IDS.municipalities,
  SOURCE_IDS.infrastructureTiles,
  SOURCE_IDS.municipalitiesTiles,
]);
// Sources the first map may have filled from the same files: the app's copy of the same
// features (other objects, other order) is not sent again.
const SEEDED_SOURCES = new Set<string>([SOURCE_IDS.sites, SOURCE_IDS.siteAreas, SOURCE_IDS.municipalities]);
const alreadySent = (id: string, before: unknown, value: unknown) => before === value || (SEEDED_SOURCES.has(id) && sameFeatures(before, value));

const LABEL_LAYERS = [LAYER_IDS.sitesLabel, LAYER_IDS.infraLabel, LAYER_IDS.municipalitiesLabel];
const MAX_CHOOSER = 12;

async function clusterLeafIds(map: MapLibreMap, cluster: MapGeoJSONFeature): Promise<{ ids: string[]; zoom: number }> {
  const source = map.getSource<GeoJSONSource>(SOURCE_IDS.sites)!;
  const clusterId = Number(cluster.properties.cluster_id);
  const [leaves, zoom] = await Promise.all([
    source.getClusterLeaves(clusterId, MAX_CHOOSER, 0),
    source.getClusterExpansionZoom(clusterId),
  ]);
  return { ids: leaves.map((f) => String(f.properties?.id)), zoom };
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap>();
  const [failed, setFailed] = useState(false);
  const [layerFailed, setLayerFailed] = useState(false);
  // What each source holds, so a value already in the style (or sent before) is not sent again:
  // a second setData re-parses and re-tiles the whole source in the worker.
  const sent = useRef(new Map<string, unknown>());
  const relabelControls = useRef<(lang: MapOptions['lang']) => void>(undefined);
  // Callbacks change every render; the map's listeners read the latest through this ref.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    let cancelled = false;
    let made: CreatedMap | undefined;
    performance.mark('parkatlas:map-mount');
    const p = latest.current;
    const options: MapOptions = {
      onlineBasemap: p.onlineBasemap,
      lang: p.lang,
      initialView: p.initialView,
      regionBbox: p.regionBbox,
      scrollZoom: p.scrollZoom,
    };
    // The first frame already shows the filtered sites from the link, not all of them.
    const initial: ProjectData = { ...p.data, sites: p.sites, siteAreas: p.siteAreas, roadmapYear: p.roadmapYear };
    const host = container.current!;
    const start = async (): Promise<CreatedMap | undefined> => {
      // An unmounted MapView (StrictMode's trial mount in dev) leaves the first map to the next.
      const early = await adoptEarlyMap(optionsKey(options, initial), () => !cancelled);
      if (cancelled) return undefined;
      if (early) {
        // On screen already, in a box where this one is: move it in. If the boxes differ after
        // all (a wrapped toolbar), MapLibre's resize observer and createMap's refit follow.
        host.prepend(early.container);
        early.container.classList.remove('map-early', 'map-early-embed');
        return early;
      }
      const div = document.createElement('div');
      div.className = 'map-canvas';
      host.prepend(div);
      return createMap(div, options, initial);
    };
    start().then(
      (m) => {
        if (!m) return;
        made = m;
        if (cancelled) disposeMap(m);
        else setUp(m);
      },
      () => !cancelled && setFailed(true),
    );

    const setUp = (created: CreatedMap) => {
      const { map: m, choice, takeErrors } = created;
      sent.current = created.sent;
      latest.current.onBasemap(choice.basemap, choice.fallbackReason);
      relabelControls.current = addMapControls(m, p.attribution);
      onChoose(m, (e) => {
        const [cluster] = m.queryRenderedFeatures(e.point, { layers: [LAYER_IDS.sitesCluster] });
        if (cluster) {
          void clusterLeafIds(m, cluster).then(({ ids, zoom }) => {
            m.easeTo({ center: e.lngLat, zoom });
            latest.current.onSitesClicked(ids);
          });
          return;
        }
        const hits = m.queryRenderedFeatures(e.point, { layers: [...SITE_HIT_LAYERS] });
        const ids = [...new Set(hits.map((f) => String(f.properties.id)))];
        if (ids.length) latest.current.onSitesClicked(ids);
      });
      for (const layer of [...SITE_HIT_LAYERS, LAYER_IDS.sitesCluster]) {
        m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
        m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
      }
      const reportView = () => {
        const c = m.getCenter();
        latest.current.onViewChange({ zoom: m.getZoom(), lat: c.lat, lon: c.lng });
      };
      m.on('moveend', reportView);
      // A context file that fails to load (404, broken JSON, a tile archive gone) leaves the
      // rest usable: say so instead of silently showing no lines.
      const onError = (e: MapErrorEvent) => {
        // A listener silences MapLibre's own logging: keep every error in the console.
        console.error(e.error instanceof Error ? `${e.error.name}: ${e.error.message}` : e.error);
        const sourceId = (e as { sourceId?: string }).sourceId;
        if (sourceId && PROJECT_CONTEXT_SOURCES.has(sourceId)) setLayerFailed(true);
      };
      takeErrors().forEach(onError);
      m.on('error', onError);
      // Sources exist once the style is in: the sites can go in then, without waiting for 'load'
      // (which waits for every source, the largest context file included).
      whenFired(created, 'style.load', () => !cancelled && setMap(m));
      whenFired(created, 'load', () => {
        if (cancelled) return;
        // The view fitted to the region is a view too: links made before any move carry it.
        reportView();
        latest.current.onReady?.(m);
      });
      window.parkatlasMap = m;
    };
    return () => {
      cancelled = true;
      if (made) disposeMap(made);
      if (window.parkatlasMap === made?.map) delete window.parkatlasMap;
    };
  }, []);

  useEffect(() => {
    if (!map) return;
    for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', labelField(props.lang));
  }, [map, props.lang]);
  // The controls were worded for the language the map started in; a switch words them anew.
  const startLang = useRef(props.lang);
  useEffect(() => {
    if (!map || props.lang === startLang.current) return;
    startLang.current = props.lang;
    relabelControls.current?.(props.lang);
  }, [map, props.lang]);

  useEffect(() => {
    if (map) showLayerGroups(map, props.visibleGroups);
  }, [map, props.visibleGroups]);

  // The plan rings follow the roadmap year without any data sent again (layers/roadmap.ts).
  useEffect(() => {
    if (map && props.roadmapYear !== undefined && map.getGlobalState()[ROADMAP_YEAR_STATE] !== props.roadmapYear) map.setGlobalStateProperty(ROADMAP_YEAR_STATE, props.roadmapYear);
  }, [map, props.roadmapYear]);

  // The map is created before the layer files arrive (from region.json alone): they come in here.
  // Filtering re-sends the filtered sites: with clustering, layer filters would act on clusters.
  useEffect(() => {
    if (!map) return;
    const sources: [string, ProjectData['infrastructure']][] = [
      [SOURCE_IDS.infrastructure, props.data.infrastructure],
      [SOURCE_IDS.municipalities, props.data.municipalities],
      [SOURCE_IDS.sites, props.sites],
      [SOURCE_IDS.siteAreas, props.siteAreas],
      [SOURCE_IDS.highlight, props.highlight],
    ];
    for (const [id, value] of sources) {
      // Until the app has its files, its empty layers must not wipe what the first map drew.
      if (!props.dataLoaded && SEEDED_SOURCES.has(id)) continue;
      const skip = alreadySent(id, sent.current.get(id), value);
      // Either way the app's copy is what the map holds from now: the first map's raw copy can go.
      sent.current.set(id, value);
      if (!skip) map.getSource<GeoJSONSource>(id)?.setData(value);
    }
  }, [map, props.dataLoaded, props.data.infrastructure, props.data.municipalities, props.sites, props.siteAreas, props.highlight]);

  useEffect(() => {
    if (!map || !props.camera) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const target = { center: props.camera.center, zoom: props.camera.zoom };
    if (reduceMotion) map.jumpTo(target);
    else map.flyTo({ ...target, duration: 800 });
  }, [map, props.camera]);

  return (
    <div className="map" ref={container} role="region" aria-label={translate(props.lang, 'showMap')}>
      {failed && <p className="map-failed">{translate(props.lang, 'mapFailed')}</p>}
      {layerFailed && (
        <p className="notice notice-layer" role="status">
          {translate(props.lang, 'layerFailed')}
        </p>
      )}
    </div>
  );
}
