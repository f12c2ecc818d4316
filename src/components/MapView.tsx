// The one MapLibre map of the app. Created once; later changes (language, selection, layer
// visibility) are applied to the live map instead of re-creating it (each map holds a WebGL context).
import { useEffect, useRef, useState } from 'react';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/lang';
import { chooseStyle } from '../map/choose-style';
import { bundledFontUrls } from '../map/fonts';
import { LAYER_GROUPS, LAYER_IDS, SITE_HIT_LAYERS, SOURCE_IDS, type LayerGroup } from '../map/layer-ids';
import { labelField } from '../map/layers';
import { setUpMapLibre } from '../map/maplibre-setup';
import type { ProjectData } from '../map/style';
import type { MapView as View } from '../domain/url-state';

export interface MapViewProps {
  data: ProjectData;
  onlineBasemap: string | null;
  attribution: string[];
  initialView: View;
  lang: Lang;
  selectedId: string | undefined;
  visibleGroups: ReadonlySet<LayerGroup>;
  onSitesClicked: (ids: string[]) => void;
  onViewChange: (view: View) => void;
  onBasemap: (basemap: 'online' | 'offline', reason?: string) => void;
}

declare global {
  interface Window {
    /** The live map, for the browser's devtools and the browser tests. */
    parkatlasMap?: MapLibreMap;
  }
}

const LABEL_LAYERS = [LAYER_IDS.sitesLabel, LAYER_IDS.infraLabel, LAYER_IDS.municipalitiesLabel];

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap>();
  const [failed, setFailed] = useState(false);
  // Callbacks change every render; the map's listeners read the latest through this ref.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    let cancelled = false;
    let created: MapLibreMap | undefined;
    setUpMapLibre();
    const p = latest.current;
    void chooseStyle(p.onlineBasemap, p.lang, bundledFontUrls(document.baseURI), p.data).then((choice) => {
      if (cancelled || !container.current) return;
      latest.current.onBasemap(choice.basemap, choice.fallbackReason);
      try {
        created = new MapLibreMap({
          container: container.current,
          style: choice.style,
          center: [p.initialView.lon, p.initialView.lat],
          zoom: p.initialView.zoom,
          attributionControl: false,
          cooperativeGestures: false,
        });
      } catch {
        setFailed(true);
        return;
      }
      const m = created;
      m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
      m.addControl(new AttributionControl({ compact: true, customAttribution: p.attribution }), 'bottom-right');
      m.on('click', (e) => {
        const hits = m.queryRenderedFeatures(e.point, { layers: [...SITE_HIT_LAYERS] });
        const ids = [...new Set(hits.map((f) => String(f.properties.id)))];
        if (ids.length) latest.current.onSitesClicked(ids);
      });
      for (const layer of SITE_HIT_LAYERS) {
        m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
        m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
      }
      m.on('moveend', () => {
        const c = m.getCenter();
        latest.current.onViewChange({ zoom: m.getZoom(), lat: c.lat, lon: c.lng });
      });
      m.once('load', () => !cancelled && setMap(m));
      window.parkatlasMap = m;
    });
    return () => {
      cancelled = true;
      created?.remove();
      if (window.parkatlasMap === created) delete window.parkatlasMap;
    };
  }, []);

  useEffect(() => {
    if (!map) return;
    for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', labelField(props.lang));
  }, [map, props.lang]);

  useEffect(() => {
    if (!map) return;
    for (const [group, ids] of Object.entries(LAYER_GROUPS)) {
      const visibility = props.visibleGroups.has(group as LayerGroup) ? 'visible' : 'none';
      for (const id of ids) map.setLayoutProperty(id, 'visibility', visibility);
    }
  }, [map, props.visibleGroups]);

  useEffect(() => {
    if (!map || !props.selectedId) return;
    const target = { source: SOURCE_IDS.sites, id: props.selectedId };
    map.setFeatureState(target, { selected: true });
    return () => {
      if (map.getSource(SOURCE_IDS.sites)) map.setFeatureState(target, { selected: false });
    };
  }, [map, props.selectedId]);

  return (
    <div className="map" ref={container} role="region" aria-label={translate(props.lang, 'layerSites')}>
      {failed && <p className="map-failed">{translate(props.lang, 'mapFailed')}</p>}
    </div>
  );
}
