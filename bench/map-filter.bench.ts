// Map update benchmark: how long a filter change takes to reach `idle` in headless Chromium
// (SwiftShader), (a) map.setFilter with an expression over precomputed feature properties vs
// (b) source.setData with the filtered features (what MapView.tsx does today). A bare MapLibre
// page (bench/pages/map-filter.*) with the app's own site layers (src/map/layers.ts) and source
// settings (src/map/style.ts); 1k and 10k points, clustered and not, and 10k polygons.
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Browser, Page } from 'playwright-core';
import { toFilterable, type SiteFilter } from '../src/domain/filters';
import { applyFilter } from '../test/helpers/reference-filter';
import type { BuiltSiteFeature } from '../src/domain/schema/derived';
import { LAYER_IDS, SOURCE_IDS } from '../src/map/layers';
import { buildProjectLayers } from '../src/map/layers';
import { siteAreaFeatures, siteMapFeatures } from '../src/map/map-features';
import { fontFaces, projectSources } from '../src/map/style';
import { theme } from '../src/map/theme';
import { filterCases } from './filter.bench';
import { KUZBASS_BBOX, generateInfra } from './generate';
import { generateBuiltSites } from './generate-sites';
import { newPage, withBrowser, type OpenedPage } from './lib/browser';
import { ROOT } from './lib/dist';
import { filterExpression, filterProperties } from './lib/filter-expression';
import { WEB_FONT_DIR, webFontFile } from '../scripts/fonts/web-font-files';
import { serveStatic } from './lib/servers';
import { fmtMs, fmtRatio, median, table } from './lib/stats';
import type { BenchContext } from './nearest.bench';

type Method = 'setFilter' | 'setData';

interface Scenario {
  name: string;
  sites: number;
  geometry: 'point' | 'polygon';
  cluster: boolean;
}

interface Step {
  name: string;
  expected: number;
  filters: Record<string, FilterSpecification | null>;
  indices: Record<string, number[]>;
}

interface PageApi {
  open: (style: StyleSpecification, bounds: [number, number, number, number]) => Promise<number>;
  step: (method: Method, step: Step) => Promise<number>;
  rendered: (layers: string[], clusterLayer: string | undefined) => number;
  close: () => void;
}
type BenchWindow = { mapFilterBench: PageApi };

export interface MapFilterRow {
  scenario: string;
  sites: number;
  geometry: 'point' | 'polygon';
  cluster: boolean;
  steps: number;
  setFilterMs: number;
  setDataMs: number;
  /** setData / setFilter: how many times faster setFilter reaches idle. */
  ratio: number;
  openSetFilterMs: number;
  openSetDataMs: number;
  /** Sites the filter keeps, per step; and what each method drew (distinct ids + cluster counts). */
  expected: number[];
  drawn: { setFilter: number[]; setData: number[] };
  /** setData drew exactly the filtered sites (polygons below a pixel at this zoom are dropped by the tiler: fewer). */
  setDataAsFiltered: boolean;
  /** setFilter drew what setData drew, at every step. */
  setFilterAsSetData: boolean;
  stepsMs: { setFilter: number[]; setData: number[] };
}

const BOUNDS: [number, number, number, number] = [...KUZBASS_BBOX];

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms)));
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** The sites for a scenario, as the app would hold them (points at displayPoint or polygons). */
function scenarioSites(s: Scenario): BuiltSiteFeature[] {
  const sites = generateBuiltSites(s.sites, { seed: 11 });
  if (s.geometry === 'polygon') {
    const polys = generateInfra({ segments: 0, points: 0, polygons: s.sites, seed: 12 });
    sites.forEach((site, i) => {
      const g = polys[i]!.geometry;
      if (g.type === 'Polygon') site.geometry = g as BuiltSiteFeature['geometry'];
      site.properties.locationPrecision = 'exact';
    });
  }
  return sites;
}

function buildScenario(s: Scenario, fontBase: string, quick: boolean) {
  const sites = scenarioSites(s);
  const filterable = sites.map(toFilterable);
  const sourceId = s.geometry === 'point' ? SOURCE_IDS.sites : SOURCE_IDS.siteAreas;
  const appFeatures = s.geometry === 'point' ? siteMapFeatures(sites) : siteAreaFeatures(sites);
  // setFilter needs the filter's values on every feature; setData sends the app's lean features.
  const richFeatures: FeatureCollection = {
    type: 'FeatureCollection',
    features: appFeatures.features.map((f, i) => ({ ...f, properties: { ...f.properties, ...filterProperties(filterable[i]!) } })),
  };
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  const sources = projectSources({ sites: empty, siteAreas: empty, infrastructure: empty, municipalities: empty });
  const layers = buildProjectLayers(theme, 'ru').filter((l) => 'source' in l && l.source === sourceId);
  const clusterLayers = new Set<string>([LAYER_IDS.sitesCluster, LAYER_IDS.sitesClusterCount]);
  const style = (data: FeatureCollection): StyleSpecification => ({
    version: 8,
    name: `bench ${s.name}`,
    'font-faces': fontFaces({
      cyrillic: `${fontBase}/${webFontFile('cyrillic', 400)}`,
      latin: `${fontBase}/${webFontFile('latin', 400)}`,
    }),
    sources: { [sourceId]: { ...sources[sourceId], data, ...(s.geometry === 'point' ? { cluster: s.cluster } : {}) } as SourceSpecification },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme.background } }, ...layers],
  });

  const idIndex = new Map(filterable.map((f, i) => [f.id, i]));
  // A few filters of different selectivity (each step ~0.3-2 s in software GL: all nine would not fit the time budget).
  const pick = quick ? ['status', 'text q', 'all'] : ['status', 'near ×2', 'text q', 'all'];
  const cases: { name: string; filter: SiteFilter }[] = [
    ...filterCases().filter((c) => pick.includes(c.name)),
    { name: 'none', filter: { status: [], kind: [], mun: [], near: {}, keepNoData: true } },
  ];
  const steps: Step[] = cases.map(({ name, filter }) => {
    const shown = applyFilter(filterable, filter);
    const expr = filterExpression(filter);
    const filters: Record<string, FilterSpecification | null> = {};
    for (const l of layers as (LayerSpecification & { filter?: FilterSpecification })[]) {
      if (clusterLayers.has(l.id)) continue; // a layer filter cannot change what clusters count
      filters[l.id] = expr ? (l.filter ? (['all', l.filter, expr] as FilterSpecification) : expr) : (l.filter ?? null);
    }
    return { name, expected: shown.length, filters, indices: { [sourceId]: shown.map((f) => idIndex.get(f.id)!) } };
  });
  const countLayers = s.geometry === 'point' ? [LAYER_IDS.sitesPoint] : [LAYER_IDS.sitesOutline];
  return {
    styles: { setFilter: style(richFeatures), setData: style(appFeatures) } satisfies Record<Method, StyleSpecification>,
    steps,
    countLayers,
    clusterLayer: s.cluster ? LAYER_IDS.sitesCluster : undefined,
  };
}

type Built = ReturnType<typeof buildScenario>;

async function runMethod(page: Page, sc: Built, s: Scenario, method: Method, log: (l: string) => void) {
  const open = await withTimeout(
    // The style goes over as `unknown`: its full type is too deep for Playwright's argument types.
    page.evaluate(([style, bounds]) => (window as unknown as BenchWindow).mapFilterBench.open(style as StyleSpecification, bounds), [sc.styles[method] as unknown, BOUNDS] as [unknown, typeof BOUNDS]),
    120_000,
    `${s.name} open`,
  );
  const step = (st: Step) =>
    withTimeout(page.evaluate(([m, x]) => (window as unknown as BenchWindow).mapFilterBench.step(m, x as Step), [method, st as unknown] as [Method, unknown]), 120_000, `${s.name} ${method} ${st.name}`);
  // Untimed warm-up (first worker tasks, shader compilation): the 'all' step.
  await step(sc.steps[sc.steps.length - 2]!);
  const times: number[] = [];
  const counts: number[] = [];
  for (const st of sc.steps) {
    times.push(await step(st));
    counts.push(await page.evaluate(([layers, cl]) => (window as unknown as BenchWindow).mapFilterBench.rendered(layers, cl), [sc.countLayers, sc.clusterLayer] as [string[], string | undefined]));
  }
  await page.evaluate(() => (window as unknown as BenchWindow).mapFilterBench.close());
  log(`    ${method.padEnd(9)} ${times.map((t) => fmtMs(t)).join(' ')} ms to idle (median ${fmtMs(median(times))}; open ${fmtMs(open)} ms); drawn ${counts.join(',')}`);
  return { open, times, counts };
}

/** A fresh page (own renderer, nothing left over from the previous map) with the bench page loaded. */
async function benchPage(browser: Browser, serverUrl: string): Promise<OpenedPage> {
  const opened = await newPage(browser, new URL(serverUrl).host);
  await opened.page.goto(`${serverUrl}/pages/map-filter.html`);
  await opened.page.waitForFunction(() => (window as unknown as { mapFilterBenchReady?: boolean }).mapFilterBenchReady === true, undefined, { timeout: 30_000 });
  return opened;
}

async function runScenario(browser: Browser, serverUrl: string, s: Scenario, order: readonly Method[], quick: boolean, log: (l: string) => void): Promise<MapFilterRow> {
  const sc = buildScenario(s, `${serverUrl}/fonts`, quick);
  const result: Partial<Record<Method, { open: number; times: number[]; counts: number[] }>> = {};
  for (const method of order) {
    const { context, page, errors } = await benchPage(browser, serverUrl);
    try {
      result[method] = await runMethod(page, sc, s, method, log);
    } finally {
      await context.close();
    }
    if (errors.length) throw new Error(`page errors (${s.name}, ${method}): ${errors.slice(0, 5).join(' | ')}`);
  }
  const f = result.setFilter!;
  const d = result.setData!;
  return {
    scenario: s.name,
    sites: s.sites,
    geometry: s.geometry,
    cluster: s.cluster,
    steps: f.times.length,
    setFilterMs: median(f.times),
    setDataMs: median(d.times),
    ratio: median(d.times) / median(f.times),
    openSetFilterMs: f.open,
    openSetDataMs: d.open,
    expected: sc.steps.map((x) => x.expected),
    drawn: { setFilter: f.counts, setData: d.counts },
    setDataAsFiltered: d.counts.every((n, i) => n === sc.steps[i]!.expected),
    setFilterAsSetData: f.counts.every((n, i) => n === d.counts[i]),
    stepsMs: { setFilter: f.times, setData: d.times },
  };
}


const QUICK: readonly Scenario[] = [
  { name: '1k points', sites: 1_000, geometry: 'point', cluster: false },
  { name: '1k points, clustered', sites: 1_000, geometry: 'point', cluster: true },
  { name: '10k points, clustered', sites: 10_000, geometry: 'point', cluster: true },
];
const FULL: readonly Scenario[] = [
  { name: '1k points', sites: 1_000, geometry: 'point', cluster: false },
  { name: '1k points, clustered', sites: 1_000, geometry: 'point', cluster: true },
  { name: '10k points', sites: 10_000, geometry: 'point', cluster: false },
  { name: '10k points, clustered', sites: 10_000, geometry: 'point', cluster: true },
  { name: '10k polygons', sites: 10_000, geometry: 'polygon', cluster: false },
];

export async function runMapFilterBench(ctx: BenchContext): Promise<object> {
  const scenarios = ctx.quick ? QUICK : FULL;
  const server = await serveStatic({
    '/maplibre/': path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist'),
    '/pages/': path.join(ROOT, 'bench', 'pages'),
    '/fonts/': path.join(ROOT, WEB_FONT_DIR),
  });
  const rows: MapFilterRow[] = [];
  try {
    await withBrowser(async (browser) => {
      for (const [i, s] of scenarios.entries()) {
        ctx.log(`  ${s.name}:`);
        // Alternate which method goes first, so neither always meets a colder or busier machine.
        const order: Method[] = i % 2 === 0 ? ['setFilter', 'setData'] : ['setData', 'setFilter'];
        rows.push(await runScenario(browser, server.url, s, order, ctx.quick, ctx.log));
        ctx.gc();
      }
    });
  } finally {
    await server.close();
  }

  const tbl = table(
    ['scenario', 'steps', 'setFilter ms', 'setData ms', 'setData / setFilter', 'setData draws the filtered sites', 'setFilter draws as setData'],
    rows.map((r) => [
      r.scenario,
      String(r.steps),
      fmtMs(r.setFilterMs),
      fmtMs(r.setDataMs),
      fmtRatio(r.ratio),
      r.setDataAsFiltered ? 'yes' : r.geometry === 'polygon' ? 'yes, less sub-pixel polygons' : 'NO',
      r.setFilterAsSetData ? 'yes' : r.cluster ? 'NO (clusters count all)' : 'NO',
    ]),
  );
  const notes = [
    'Time from the call (setFilter on each site layer, or setData with the filtered features) to the next `idle`, median over the steps.',
    `Steps (filters of the filter benchmark): status, ${ctx.quick ? '' : 'near ×2, '}text q, all at once, then none, after an untimed warm-up ('all'). The map is idle before each step.`,
    "Layers and source settings are the app's (buildProjectLayers, projectSources): sites = circle + label (+ cluster circle and count when clustered); polygons = fill (minzoom 9, so not drawn at this zoom) + outline.",
    'View: the Kuzbass bbox fitted to 1280×800 (zoom ≈ 6), SwiftShader (software WebGL) in headless Chromium.',
    'setFilter features carry the filter values as flat properties (bench/lib/filter-expression.ts); setData sends the lean app features (siteMapFeatures / siteAreaFeatures).',
    'Clustered + setFilter is not equivalent: a layer filter cannot change what the clusters count (clusters keep counting every site). It is timed only for reference.',
    'Drawn = distinct ids on sites-point / sites-outline plus point_count of drawn clusters, after every step. At zoom ≈ 6 the tiler drops polygons smaller than a pixel (~2 %), with either method.',
  ];
  ctx.log('');
  ctx.log(tbl);
  for (const n of notes) ctx.log(`  - ${n}`);
  return { rows, table: tbl, notes };
}
