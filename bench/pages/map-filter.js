// Page side of bench/map-filter.bench.ts: a bare MapLibre map (no React, no app) that the bench
// drives through window.mapFilterBench. Plain browser ESM, served as is.
/* global window, document, performance, URL */
import * as maplibregl from '/maplibre/maplibre-gl.mjs';

maplibregl.setWorkerUrl(new URL('/maplibre/maplibre-gl-worker.mjs', document.baseURI).href);

let map;
/** sourceId -> every feature, as the style was opened with. */
let allFeatures = {};

/** Waits for the next `idle` (after a repaint request, so it cannot be a stale one). */
const nextIdle = () =>
  new Promise((resolve) => {
    map.once('idle', resolve);
    map.triggerRepaint();
  });

window.mapFilterBench = {
  /** Opens a map on `style` fitted to `bounds`; resolves when it is idle. Returns ms. */
  async open(style, bounds) {
    const t0 = performance.now();
    allFeatures = {};
    for (const [id, src] of Object.entries(style.sources)) {
      if (src.type === 'geojson' && typeof src.data === 'object') allFeatures[id] = src.data.features;
    }
    map = new maplibregl.Map({
      container: 'map',
      style,
      bounds,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      fadeDuration: 0,
    });
    await new Promise((resolve, reject) => {
      map.once('idle', resolve);
      map.once('error', (e) => reject(new Error(String(e.error?.message ?? e.error))));
    });
    return performance.now() - t0;
  },

  /**
   * One filter change, timed from the call to the next `idle`:
   * method 'setFilter' -> map.setFilter on each layer in step.filters (null = no filter);
   * method 'setData'  -> source.setData with the features at step.indices[sourceId].
   */
  async step(method, step) {
    await nextIdle(); // settled before the clock starts
    const t0 = performance.now();
    const idle = new Promise((resolve) => map.once('idle', resolve));
    if (method === 'setFilter') {
      for (const [layer, filter] of Object.entries(step.filters)) map.setFilter(layer, filter);
    } else {
      for (const [sourceId, indices] of Object.entries(step.indices)) {
        const all = allFeatures[sourceId];
        const features = new Array(indices.length);
        for (let i = 0; i < indices.length; i++) features[i] = all[indices[i]];
        void map.getSource(sourceId).setData({ type: 'FeatureCollection', features });
      }
    }
    map.triggerRepaint();
    await idle;
    return performance.now() - t0;
  },

  /** What is drawn: distinct site ids on `layers` plus the sites counted inside drawn clusters. */
  rendered(layers, clusterLayer) {
    const ids = new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.id));
    let inClusters = 0;
    if (clusterLayer) {
      const seen = new Map();
      for (const f of map.queryRenderedFeatures({ layers: [clusterLayer] })) seen.set(f.properties.cluster_id, f.properties.point_count);
      for (const c of seen.values()) inClusters += c;
    }
    return ids.size + inClusters;
  },

  close() {
    map?.remove();
    map = undefined;
    allFeatures = {};
  },
};
window.mapFilterBenchReady = true;
