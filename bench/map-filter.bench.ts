// Map update benchmark: how long a filter change takes to reach `idle` in headless Chromium
// (SwiftShader), (a) map.setFilter with an expression over precomputed feature properties vs
// (b) source.setData with the filtered features (what MapView.tsx does today). A bare MapLibre
// page (bench/pages/map-filter.*) with the app's own site layers (src/map/layers.ts) and source
// settings (src/map/style.ts); 1k and 10k points, clustered and not, and 10k polygons.
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { applyFilter, toFilterable, type SiteFilter } from '../src/domain/filters';
import type { BuiltSiteFeature } from '../src/domain/schema/derived';
import { LAYER_IDS, SOURCE_IDS } from '../src/map/layer-ids';
import { buildProjectLayers } from '../src/map/layers';
import { siteAreaFeatures, siteMapFeatures } from '../src/map/map-features';
import { fontFaces, projectSources } from '../src/map/style';
import { theme } from '../src/map/theme';
import { filterCases } from './filter.bench';
import { KUZBASS_BBOX, generateInfra } from './generate';
import { generateBuiltSites } from './generate-sites';
import { newPage, withBrowser } from './lib/browser';
import { ROOT } from './lib/dist';
import { filterExpression, filterProperties } from './lib/filter-expression';
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
  /** Drawn sites equal the filtered count after every step of the first cycle. */
  setFilterCorrect: boolean;
  setDataCorrect: boolean;
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

function buildScenario(s: Scenario, fontBase: string) {
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
      cyrillic: `${fontBase}/pt-sans-cyrillic-400-normal.woff2`,
      latin: `${fontBase}/pt-sans-latin-400-normal.woff2`,
    }),
    sources: { [sourceId]: { ...sources[sourceId], data, ...(s.geometry === 'point' ? { cluster: s.cluster } : {}) } as SourceSpecification },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme.background } }, ...layers],
  });

  const idIndex = new Map(filterable.map((f, i) => [f.id, i]));
  const cases: { name: string; filter: SiteFilter }[] = [
    ...filterCases(),
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

async function runScenario(page: Page, s: Scenario, cycles: number, fontBase: string, log: (l: string) => void): Promise<MapFilterRow> {
  const sc = buildScenario(s, fontBase);
  const result: Partial<Record<Method, { open: number; times: number[]; correct: boolean; counts: number[] }>> = {};
  for (const method of ['setFilter', 'setData'] as const) {
    const open = await withTimeout(
      // The style goes over as `unknown`: its full type is too deep for Playwright's argument types.
      page.evaluate(([style, bounds]) => (window as unknown as BenchWindow).mapFilterBench.open(style as StyleSpecification, bounds), [sc.styles[method] as unknown, BOUNDS] as [unknown, typeof BOUNDS]),
      120_000,
      `${s.name} open`,
    );
    // Untimed warm-up (first worker tasks, shader compilation): the 'all' step, then back to none.
    for (const step of [sc.steps[sc.steps.length - 2]!, sc.steps[sc.steps.length - 1]!]) {
      await withTimeout(page.evaluate(([m, st]) => (window as unknown as BenchWindow).mapFilterBench.step(m, st as Step), [method, step as unknown] as [Method, unknown]), 120_000, `${s.name} warm-up`);
    }
    const times: number[] = [];
    const counts: number[] = [];
    for (let c = 0; c < cycles; c++) {
      for (const step of sc.steps) {
        times.push(await withTimeout(page.evaluate(([m, st]) => (window as unknown as BenchWindow).mapFilterBench.step(m, st as Step), [method, step as unknown] as [Method, unknown]), 120_000, `${s.name} ${method} ${step.name}`));
        if (c === 0) {
          counts.push(await page.evaluate(([layers, cl]) => (window as unknown as BenchWindow).mapFilterBench.rendered(layers, cl), [sc.countLayers, sc.clusterLayer] as [string[], string | undefined]));
        }
      }
    }
    await page.evaluate(() => (window as unknown as BenchWindow).mapFilterBench.close());
    const correct = counts.every((n, i) => n === sc.steps[i]!.expected);
    result[method] = { open, times, correct, counts };
    log(`    ${method.padEnd(9)} median ${fmtMs(median(times))} ms to idle (open ${fmtMs(open)} ms)${correct ? '' : `; drawn ≠ filtered: ${counts.join(',')} vs ${sc.steps.map((x) => x.expected).join(',')}`}`);
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
    setFilterCorrect: f.correct,
    setDataCorrect: d.correct,
    stepsMs: { setFilter: f.times, setData: d.times },
  };
}

export async function runMapFilterBench(ctx: BenchContext): Promise<object> {
  const scenarios: Scenario[] = ctx.quick
    ? [
        { name: '1k points', sites: 1_000, geometry: 'point', cluster: false },
        { name: '1k points, clustered', sites: 1_000, geometry: 'point', cluster: true },
        { name: '10k points, clustered', sites: 10_000, geometry: 'point', cluster: true },
      ]
    : [
        { name: '1k points', sites: 1_000, geometry: 'point', cluster: false },
        { name: '1k points, clustered', sites: 1_000, geometry: 'point', cluster: true },
        { name: '10k points', sites: 10_000, geometry: 'point', cluster: false },
        { name: '10k points, clustered', sites: 10_000, geometry: 'point', cluster: true },
        { name: '10k polygons', sites: 10_000, geometry: 'polygon', cluster: false },
      ];
  const cycles = ctx.quick ? 1 : 2;
  const server = await serveStatic({
    '/maplibre/': path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist'),
    '/pages/': path.join(ROOT, 'bench', 'pages'),
    '/fonts/': path.join(ROOT, 'node_modules', '@fontsource', 'pt-sans', 'files'),
  });
  const rows: MapFilterRow[] = [];
  try {
    await withBrowser(async (browser) => {
      const { page, errors } = await newPage(browser, new URL(server.url).host);
      await page.goto(`${server.url}/pages/map-filter.html`);
      await page.waitForFunction(() => (window as unknown as { mapFilterBenchReady?: boolean }).mapFilterBenchReady === true, undefined, { timeout: 30_000 });
      for (const s of scenarios) {
        ctx.log(`  ${s.name}:`);
        rows.push(await runScenario(page, s, cycles, `${server.url}/fonts`, ctx.log));
        ctx.gc();
      }
      if (errors.length) throw new Error(`page errors: ${errors.slice(0, 5).join(' | ')}`);
    });
  } finally {
    await server.close();
  }

  const tbl = table(
    ['scenario', 'steps', 'setFilter ms', 'setData ms', 'setData / setFilter', 'drawn = filtered (setFilter / setData)'],
    rows.map((r) => [
      r.scenario,
      String(r.steps),
      fmtMs(r.setFilterMs),
      fmtMs(r.setDataMs),
      fmtRatio(r.ratio),
      `${r.setFilterCorrect ? 'yes' : 'NO'} / ${r.setDataCorrect ? 'yes' : 'NO'}`,
    ]),
  );
  const notes = [
    'Time from the call (setFilter on each site layer, or setData with the filtered features) to the next `idle`, median over the steps.',
    `Steps: each filter of the filter benchmark alone, all at once, then none; ${cycles} cycle(s) after an untimed warm-up ('all', 'none'). The map is idle before each step.`,
    "Layers and source settings are the app's (buildProjectLayers, projectSources): sites = circle + label (+ cluster circle and count when clustered); polygons = fill (minzoom 9, so not drawn at this zoom) + outline.",
    'View: the Kuzbass bbox fitted to 1280×800 (zoom ≈ 6), SwiftShader (software WebGL) in headless Chromium.',
    'setFilter features carry the filter values as flat properties (bench/lib/filter-expression.ts); setData sends the lean app features (siteMapFeatures / siteAreaFeatures).',
    'Clustered + setFilter is not equivalent: a layer filter cannot change what the clusters count, so the drawn count is wrong (shown as NO). It is timed only for reference.',
    'Drawn = distinct ids on sites-point / sites-outline plus point_count of drawn clusters, checked after every step of the first cycle.',
  ];
  ctx.log('');
  ctx.log(tbl);
  for (const n of notes) ctx.log(`  - ${n}`);
  return { rows, table: tbl, notes };
}
