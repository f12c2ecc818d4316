// First-map benchmark: navigation -> the sites layer drawn, in headless Chromium (SwiftShader),
// for (a) the built app (`vite preview` of a temp copy of dist/, `?basemap=offline`) and (b) the
// floor, a bare MapLibre page in the same server showing the same sites.geojson with a
// background and one circle layer. Real region data, then 10k generated sites written into a
// second temp copy of dist/ (real built sites as templates, checked with BuiltSiteCollection).
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { BuiltSiteCollection, type BuiltSiteFeature } from '../src/domain/schema/derived';
import { RegionConfig } from '../src/domain/schema/region';
import { generateBuiltSites } from './generate-sites';
import { newPage, withBrowser } from './lib/browser';
import { DIST, ROOT, ensureDist } from './lib/dist';
import { freePort } from './lib/servers';
import { fmtMs, fmtRatio, median, table } from './lib/stats';
import type { BenchContext } from './nearest.bench';

export const FLOOR_DIR = 'bench-floor';

export interface FloorOptions {
  /** Also draw these GeoJSON files (lines and points; polygons), for a floor that shows the same layers as the app. */
  context?: { lines: string; polygons: string };
  /** Folder under `dir`; default FLOOR_DIR. */
  floorDir?: string;
  /**
   * A title over the map, as any real page has. Lighthouse counts no paint of the WebGL canvas
   * in these headless builds as contentful: a page of a map alone never has a first contentful
   * paint for it (NO_FCP).
   */
  heading?: string;
}

/**
 * Files of the floor page, written into the served copy of dist/ (external scripts: the CSP allows
 * only 'self').
 */
export function writeFloorPage(dir: string, bbox: readonly number[], sitesPath: string, options: FloorOptions = {}): void {
  const { context, floorDir = FLOOR_DIR, heading } = options;
  const out = path.join(dir, floorDir);
  mkdirSync(out, { recursive: true });
  const ml = path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist');
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(path.join(ml, f), path.join(out, f));
  writeFileSync(
    path.join(out, 'floor.css'),
    'html, body, #map { margin: 0; width: 100%; height: 100%; }\nh1 { position: absolute; z-index: 1; margin: 8px; font: 600 18px sans-serif; }\n',
  );
  writeFileSync(
    path.join(out, 'index.html'),
    `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="UTF-8" />
    <title>ParkAtlas bench: first-map floor</title>
    <link rel="stylesheet" href="./maplibre-gl.css" />
    <link rel="stylesheet" href="./floor.css" />
  </head>
  <body>${heading ? `\n    <h1>${heading.replace(/[<&]/g, '')}</h1>` : ''}
    <div id="map"></div>
    <script type="module" src="./floor.js"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    path.join(out, 'floor.js'),
    `// The floor: MapLibre alone, the same sites file, a background and one circle layer.
import { Map, setWorkerUrl } from './maplibre-gl.mjs';
setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
window.floorMap = new Map({
  container: 'map',
  style: {
    version: 8,
    sources: {
      sites: { type: 'geojson', data: new URL(${JSON.stringify(sitesPath)}, document.baseURI).href },${
        context
          ? `
      lines: { type: 'geojson', data: new URL(${JSON.stringify(context.lines)}, document.baseURI).href },
      polygons: { type: 'geojson', data: new URL(${JSON.stringify(context.polygons)}, document.baseURI).href },`
          : ''
      }
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef0ea' } },${
        context
          ? `
      { id: 'polygons-fill', type: 'fill', source: 'polygons', paint: { 'fill-color': '#e8e4d8' } },
      { id: 'polygons-line', type: 'line', source: 'polygons', paint: { 'line-color': '#8c7b5b', 'line-width': 1 } },
      { id: 'lines', type: 'line', source: 'lines', paint: { 'line-color': '#d95f0e', 'line-width': 1.5 } },
      { id: 'points', type: 'circle', source: 'lines', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 4, 'circle-color': '#555555' } },`
          : ''
      }
      { id: 'sites', type: 'circle', source: 'sites', paint: { 'circle-radius': 8, 'circle-color': '#1a9850', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
    ],
  },
  bounds: ${JSON.stringify(bbox)},
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
});
`,
  );
}

interface Variant {
  name: string;
  sites: number;
  sitesBytes: number;
  dir: string;
  /** Round-trip time added to every request (Chromium's network emulation), as on a mobile network. */
  latencyMs?: number;
}

export interface Timing {
  readyMs: number;
  /** First frame with the sites source loaded and a sites feature drawn (context may still load). */
  sitesMs: number;
  /** First animation frame in which the page's map object existed. */
  mapCreatedMs: number;
  /** responseEnd of the last JS file fetched by the page (the worker excluded). */
  jsMs: number;
  /** responseEnd of sites.geojson fetched by the page (NaN when the map's worker fetches it: not visible to the page). */
  dataMs: number;
  /** The app's User Timing marks (parkatlas:*), ms from navigation; empty for the floor. */
  marks: Record<string, number>;
}

export interface FirstMapRow {
  dataset: string;
  sites: number;
  sitesMB: number;
  runs: number;
  app: Timing;
  floor: Timing;
  /** App / floor at the sites layer drawn: the issue's target. */
  ratio: number;
  /** App / floor once every source has loaded too (the app also has context layers). */
  ratioAllLoaded: number;
  appRunsMs: number[];
  floorRunsMs: number[];
  appErrors: string[];
}

/** Opens `url` in a fresh context and returns when `layers` of `mapGlobal` show a feature. */
export async function measure(browser: Browser, host: string, url: string, mapGlobal: string, layers: string[], sourceId: string, latencyMs = 0): Promise<{ t: Timing; errors: string[] }> {
  const { context, page, errors } = await newPage(browser, host);
  try {
    if (latencyMs > 0) {
      // Latency only, no bandwidth cap: `vite preview` serves uncompressed, so a cap would weigh
      // bytes no CDN would send; what this shows is the cost of round trips in a chain.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      ([g, ls, src]) => {
        const w = window as unknown as Record<string, unknown>;
        const m = w[g] as import('maplibre-gl').Map | undefined;
        if (m && w.__benchMapCreated === undefined) w.__benchMapCreated = performance.now();
        if (!m || !m.getSource(src)) return false;
        // The issue's moment: the sites layer drawn, whatever else is still loading.
        if (w.__benchSitesDrawn === undefined && m.isSourceLoaded(src) && m.queryRenderedFeatures({ layers: ls }).length > 0) w.__benchSitesDrawn = performance.now();
        if (!m.loaded() || !m.areTilesLoaded()) return false;
        return m.queryRenderedFeatures({ layers: ls }).length > 0 ? performance.now() : false;
      },
      [mapGlobal, layers, sourceId] as [string, string[], string],
      { polling: 'raf', timeout: 180_000 },
    );
    const readyMs = (await handle.jsonValue()) as number;
    const { res, created, sitesDrawn, marks } = await page.evaluate(() => ({
      res: performance.getEntriesByType('resource').map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd })),
      created: (window as unknown as { __benchMapCreated?: number }).__benchMapCreated ?? NaN,
      sitesDrawn: (window as unknown as { __benchSitesDrawn?: number }).__benchSitesDrawn ?? NaN,
      marks: Object.fromEntries(
        performance.getEntriesByType('mark').filter((m) => m.name.startsWith('parkatlas:')).map((m) => [m.name.slice('parkatlas:'.length), m.startTime]),
      ),
    }));
    const js = res.filter((r) => /\.m?js(\?|$)/.test(r.name) && !/worker/.test(r.name));
    const data = res.filter((r) => /sites\.geojson/.test(r.name));
    return {
      t: { readyMs, sitesMs: Math.min(sitesDrawn, readyMs), mapCreatedMs: created, jsMs: Math.max(0, ...js.map((r) => r.end)), dataMs: data.length ? Math.max(...data.map((r) => r.end)) : NaN, marks },
      errors,
    };
  } finally {
    await context.close();
  }
}

export const medianTiming = (ts: Timing[]): Timing => ({
  readyMs: median(ts.map((t) => t.readyMs)),
  sitesMs: median(ts.map((t) => t.sitesMs)),
  mapCreatedMs: median(ts.map((t) => t.mapCreatedMs)),
  jsMs: median(ts.map((t) => t.jsMs)),
  dataMs: median(ts.map((t) => t.dataMs)),
  marks: Object.fromEntries(Object.keys(ts[0]?.marks ?? {}).map((k) => [k, median(ts.map((t) => t.marks[k] ?? NaN))])),
});

async function runVariant(browser: Browser, v: Variant, runs: number, log: (l: string) => void): Promise<FirstMapRow> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir: v.dir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const base = `http://127.0.0.1:${port}`;
  const app: Timing[] = [];
  const floor: Timing[] = [];
  const appErrors = new Set<string>();
  try {
    for (let i = 0; i < runs; i++) {
      // Alternate the order, so neither side always runs first (caches, CPU frequency, neighbours).
      const order = i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
      for (const which of order) {
        if (which === 'app') {
          const r = await measure(browser, `127.0.0.1:${port}`, `${base}/?basemap=offline`, 'parkatlasFirstMap', ['sites-point', 'sites-cluster'], 'parkatlas-sites', v.latencyMs);
          app.push(r.t);
          r.errors.forEach((e) => appErrors.add(e));
        } else {
          const r = await measure(browser, `127.0.0.1:${port}`, `${base}/${FLOOR_DIR}/index.html`, 'floorMap', ['sites'], 'sites', v.latencyMs);
          if (r.errors.length) throw new Error(`floor page errors: ${r.errors.join(' | ')}`);
          floor.push(r.t);
        }
      }
    }
  } finally {
    await server.close();
  }
  const a = medianTiming(app);
  const f = medianTiming(floor);
  log(`    ${v.name}: sites drawn app ${fmtMs(a.sitesMs)} ms, floor ${fmtMs(f.sitesMs)} ms -> ${fmtRatio(a.sitesMs / f.sitesMs)}; all loaded ${fmtMs(a.readyMs)} / ${fmtMs(f.readyMs)} ms -> ${fmtRatio(a.readyMs / f.readyMs)} (median of ${runs})`);
  log(`      app marks: ${Object.entries(a.marks).map(([k, ms]) => `${k} ${fmtMs(ms)}`).join(', ')}; floor map created ${fmtMs(f.mapCreatedMs)}`);
  return {
    dataset: v.name,
    sites: v.sites,
    sitesMB: v.sitesBytes / 1024 ** 2,
    runs,
    app: a,
    floor: f,
    ratio: a.sitesMs / f.sitesMs,
    ratioAllLoaded: a.readyMs / f.readyMs,
    appRunsMs: app.map((t) => t.sitesMs),
    floorRunsMs: floor.map((t) => t.sitesMs),
    appErrors: [...appErrors],
  };
}

export async function runFirstMapBench(ctx: BenchContext): Promise<object> {
  const dist = ensureDist(ctx.log);
  const runs = ctx.quick ? 3 : 7;
  const generated = ctx.quick ? 2_000 : 10_000;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'parkatlas-first-map-'));
  const rows: FirstMapRow[] = [];
  try {
    const region = RegionConfig.parse(JSON.parse(readFileSync(path.join(DIST, 'data', 'kuzbass', 'region.json'), 'utf8')));
    const sitesRel = `data/kuzbass/${region.files.sites}`;
    const realDir = path.join(tmp, 'real');
    cpSync(DIST, realDir, { recursive: true });
    writeFloorPage(realDir, region.bbox, `../${sitesRel}`);

    // The generated region: real built sites as templates, new ids, names and places.
    const real = BuiltSiteCollection.parse(JSON.parse(readFileSync(path.join(DIST, sitesRel), 'utf8')));
    const municipalities = [...new Set(real.features.map((f: BuiltSiteFeature) => f.properties.derived.municipalityId))];
    const collection = { type: 'FeatureCollection' as const, features: generateBuiltSites(generated, { seed: 3, templates: real.features, municipalities, bbox: region.bbox }) };
    const check = BuiltSiteCollection.safeParse(collection);
    if (!check.success) throw new Error(`generated sites fail BuiltSiteCollection: ${check.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const genDir = path.join(tmp, 'generated');
    cpSync(realDir, genDir, { recursive: true });
    writeFileSync(path.join(genDir, sitesRel), JSON.stringify(collection));
    // Other data than the pages were written from: a new dataVersion, as `npm run data` would
    // write, so the app draws its own screen instead of adopting (hydrating) the written one.
    const regionFile = path.join(genDir, 'data', 'kuzbass', 'region.json');
    writeFileSync(regionFile, JSON.stringify({ ...JSON.parse(readFileSync(regionFile, 'utf8')), dataVersion: `generated-${generated}` }));

    const variants: Variant[] = [
      { name: `real (${real.features.length} sites)`, sites: real.features.length, sitesBytes: statSync(path.join(realDir, sitesRel)).size, dir: realDir },
      { name: `real, 150 ms round trips`, sites: real.features.length, sitesBytes: statSync(path.join(realDir, sitesRel)).size, dir: realDir, latencyMs: 150 },
      { name: `generated (${generated.toLocaleString('en')} sites)`, sites: generated, sitesBytes: statSync(path.join(genDir, sitesRel)).size, dir: genDir },
    ];
    await withBrowser(async (browser) => {
      // 10k runs take ~8 s each side: fewer of them keeps `npm run bench` within its time budget.
      for (const v of variants) rows.push(await runVariant(browser, v, v === variants[0] ? runs : Math.min(runs, 5), ctx.log));
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const tbl = table(
    ['dataset', 'sites.geojson MB', 'sites drawn app / floor ms', 'app / floor (target ≤ 1.3×)', 'all loaded app / floor ms', 'ratio all loaded', 'JS loaded app / floor', 'app data loaded', 'map created app / floor'],
    rows.map((r) => [
      r.dataset,
      r.sitesMB.toFixed(2),
      `${fmtMs(r.app.sitesMs)} / ${fmtMs(r.floor.sitesMs)}`,
      fmtRatio(r.ratio),
      `${fmtMs(r.app.readyMs)} / ${fmtMs(r.floor.readyMs)}`,
      fmtRatio(r.ratioAllLoaded),
      `${fmtMs(r.app.jsMs)} / ${fmtMs(r.floor.jsMs)}`,
      fmtMs(r.app.dataMs),
      `${fmtMs(r.app.mapCreatedMs)} / ${fmtMs(r.floor.mapCreatedMs)}`,
    ]),
  );
  const notes = [
    'Sites drawn (the target) = performance.now() (from navigation start) at the first animation frame where the sites source has loaded and the sites layer has a rendered feature; all loaded = the first frame where, besides, map.loaded() && areTilesLoaded() (every context layer of the app too; the floor has no other). Polled every animation frame; median of the runs.',
    'Each run is a new browser context (cold HTTP cache); app and floor alternate. App: /?basemap=offline (offline style, bundled fonts). Floor: MapLibre alone, background + one circle layer, data by URL.',
    'Both from one `vite preview` (the project\'s CSP headers) of a temp copy of dist/. JS loaded = responseEnd of the last JS file (worker excluded); data loaded = responseEnd of sites.geojson (the app fetches it itself; in the floor MapLibre\'s worker does, unseen by the page); map created = first frame with the map object.',
    'Generated: generateBuiltSites with the real built sites as templates (same payload per site), checked with BuiltSiteCollection before writing.',
  ];
  if (dist.warning) notes.push(`WARNING: ${dist.warning}`);
  ctx.log('');
  ctx.log(tbl);
  for (const n of notes) ctx.log(`  - ${n}`);
  for (const r of rows) if (r.appErrors.length) ctx.log(`  app console errors (${r.dataset}): ${r.appErrors.slice(0, 3).join(' | ')}`);
  return { dist, rows, table: tbl, notes };
}
