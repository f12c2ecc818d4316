// Scale benchmark: a seeded region at all-Russia scale (2,000 sites, 1M infrastructure line
// segments, 2,500 municipal polygons) built by the real data build, then opened in Chromium
// (a) with the big layers as PMTiles (the default past the threshold), (b) all as GeoJSON, and
// (c) the floor of first-map (bare MapLibre, the same sites.geojson). Then the crossover: the
// same sites with 10k..1M segments, GeoJSON vs PMTiles, time to the lines drawn.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { applyFilterIndex, buildFilterIndex } from '../src/domain/filter-index';
import { toFilterable, type SiteFilter } from '../src/domain/filters';
import { DEFAULT_TILE_THRESHOLD } from '../src/domain/data/plan-tiles';
import { BuiltSiteCollection } from '../src/domain/schema/derived';
import { floorFilter, toColumns } from './filter.bench';
import { FLOOR_DIR, measure, medianTiming, writeFloorPage, type Timing } from './first-map.bench';
import { ALL_RUSSIA, generateRegion, writeRegion, type RegionSize } from './generate-region';
import { withBrowser } from './lib/browser';
import { DIST, ROOT, ensureDist } from './lib/dist';
import { freePort } from './lib/servers';
import { fmtMs, fmtRatio, median, table, timeRepeated } from './lib/stats';
import type { BenchContext } from './nearest.bench';

const NEVER_TILE = 1e12;
const FLOOR_ALL_DIR = 'bench-floor-all';
const SITES_LAYERS = ['sites-point', 'sites-cluster'];
const LINES_LAYERS = ['infrastructure-line'];

interface Built {
  dir: string;
  buildMs: number;
  bytes: Record<string, number>;
}

/** Runs the real data build (a child process, as `npm run data`) and serves its output in a copy of dist/. */
function buildSite(src: string, work: string, name: string, threshold: number, log: (l: string) => void): Built {
  const region = JSON.parse(readFileSync(path.join(src, 'region.json'), 'utf8'));
  writeFileSync(path.join(src, 'region.json'), JSON.stringify({ ...region, tiling: { thresholdVertices: threshold } }));
  const site = path.join(work, name);
  cpSync(DIST, site, { recursive: true });
  const out = path.join(site, 'data', 'kuzbass');
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build-data.ts'), '--data-dir', src, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const buildMs = performance.now() - started;
  for (const line of stdout.trim().split('\n')) log(`      ${line.trim()}`);
  const files = ['sites.geojson', 'infrastructure.geojson', 'municipalities.geojson', 'infrastructure.pmtiles', 'municipalities.pmtiles'];
  const bytes = Object.fromEntries(files.map((f) => [f, statOr0(path.join(out, f))]));
  return { dir: site, buildMs, bytes };
}

const statOr0 = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

async function serve<T>(dir: string, fn: (base: string, host: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const server = await preview({ root: ROOT, logLevel: 'error', build: { outDir: dir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  try {
    return await fn(`http://127.0.0.1:${port}`, `127.0.0.1:${port}`);
  } finally {
    await server.close();
  }
}

interface Page {
  label: string;
  dir: string;
  path: string;
  global: string;
  layers: string[];
  source: string;
}

/** Medians of `runs` cold loads of each page, the pages alternating within every run. */
async function timePages(browser: Browser, pages: Page[], runs: number): Promise<Map<string, { t: Timing; all: number[]; errors: string[] }>> {
  const times = new Map(pages.map((p) => [p.label, [] as Timing[]]));
  const errors = new Map(pages.map((p) => [p.label, new Set<string>()]));
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? pages : [...pages].reverse();
    for (const p of order) {
      await serve(p.dir, async (base, host) => {
        const m = await measure(browser, host, `${base}${p.path}`, p.global, p.layers, p.source);
        times.get(p.label)!.push(m.t);
        m.errors.forEach((e) => errors.get(p.label)!.add(e));
      });
    }
  }
  return new Map(
    pages.map((p) => {
      const ts = times.get(p.label)!;
      return [p.label, { t: medianTiming(ts), all: ts.map((t) => t.readyMs), errors: [...errors.get(p.label)!] }];
    }),
  );
}

/** The filter index vs the typed-array floor over the region's built sites, with filters that fit its data. */
function filterAtScale(sitesFile: string) {
  const sites = BuiltSiteCollection.parse(JSON.parse(readFileSync(sitesFile, 'utf8'))).features.map(toFilterable);
  const index = buildFilterIndex(sites);
  const columns = toColumns(sites);
  const out = new Int32Array(sites.length);
  const muns = [...new Set(sites.map((s) => s.municipalityId))].filter((_, i) => i % 3 === 0);
  const base: SiteFilter = { status: [], kind: [], mun: [], near: {}, keepNoData: true };
  const cases: [string, SiteFilter][] = [
    ['status + kind', { ...base, status: ['operating', 'under_construction', 'planned'], kind: ['industrial_park', 'technopark', 'tor', 'sez'] }],
    ['mun (1 in 3)', { ...base, mun: muns }],
    ['near ×2', { ...base, near: { substation: 300, rail_station: 300 } }],
    ['text q', { ...base, q: 'площадка 1' }],
  ];
  const [statusKind, mun, near, q] = cases.map(([, c]) => c) as [SiteFilter, SiteFilter, SiteFilter, SiteFilter];
  cases.push(['all', { ...base, status: statusKind.status, kind: statusKind.kind, mun: mun.mun, near: near.near, q: q.q }]);
  let sink = 0;
  return cases.map(([name, f]) => {
    const shown = applyFilterIndex(index, f).length;
    if (floorFilter(columns, f, out) !== shown) throw new Error(`filter "${name}": index and floor disagree`);
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < 9; r++) {
      a.push(...timeRepeated(() => (sink += applyFilterIndex(index, f).length), 20, 1));
      b.push(...timeRepeated(() => (sink += floorFilter(columns, f, out)), 20, 1));
    }
    return { filter: name, sites: sites.length, shown, appMs: median(a), floorMs: median(b), ratio: median(a) / median(b), sink: sink > 0 };
  });
}

const MB = (b: number) => (b / 1024 ** 2).toFixed(1);

export async function runScaleBench(ctx: BenchContext): Promise<object> {
  ensureDist(ctx.log);
  const quick = ctx.quick;
  const size: RegionSize = quick ? { sites: 500, segments: 100_000, municipalities: [20, 20], edgeVertices: 20 } : ALL_RUSSIA;
  const series = quick ? [10_000, 100_000] : [10_000, 30_000, 100_000, 300_000, 1_000_000];
  const runs = quick ? 2 : 3;
  const work = mkdtempSync(path.join(os.tmpdir(), 'parkatlas-scale-'));
  try {
    // 1. The whole region, both ways.
    const src = path.join(work, 'src');
    const t = performance.now();
    writeRegion(src, generateRegion(size, 11));
    ctx.log(`  generated ${size.sites} sites, ${size.segments.toLocaleString('en')} segments, ${size.municipalities[0] * size.municipalities[1]} municipalities in ${Math.round(performance.now() - t)} ms`);
    ctx.log('    build, tiled (default threshold):');
    const tiled = buildSite(src, work, 'tiled', DEFAULT_TILE_THRESHOLD, ctx.log);
    ctx.log('    build, all GeoJSON:');
    const geojson = buildSite(src, work, 'geojson', NEVER_TILE, ctx.log);
    const bbox = JSON.parse(readFileSync(path.join(src, 'region.json'), 'utf8')).bbox;
    writeFloorPage(tiled.dir, bbox, '../data/kuzbass/sites.geojson');
    // A second floor: MapLibre alone drawing every layer from the same GeoJSON files.
    writeFloorPage(geojson.dir, bbox, '../data/kuzbass/sites.geojson', {
      context: { lines: '../data/kuzbass/infrastructure.map.geojson', polygons: '../data/kuzbass/municipalities.geojson' },
      floorDir: FLOOR_ALL_DIR,
    });
    const appPath = '/?basemap=offline';
    const scale = await withBrowser((browser) =>
      timePages(
        browser,
        [
          { label: 'app, PMTiles', dir: tiled.dir, path: appPath, global: 'parkatlasFirstMap', layers: SITES_LAYERS, source: 'parkatlas-sites' },
          { label: 'app, GeoJSON', dir: geojson.dir, path: appPath, global: 'parkatlasFirstMap', layers: SITES_LAYERS, source: 'parkatlas-sites' },
          { label: 'floor', dir: tiled.dir, path: `/${FLOOR_DIR}/index.html`, global: 'floorMap', layers: ['sites'], source: 'sites' },
          { label: 'floor, all layers as GeoJSON', dir: geojson.dir, path: `/${FLOOR_ALL_DIR}/index.html`, global: 'floorMap', layers: ['sites'], source: 'sites' },
        ],
        runs,
      ),
    );
    const floorMs = scale.get('floor')!.t.readyMs;
    const floorAllMs = scale.get('floor, all layers as GeoJSON')!.t.readyMs;
    for (const [label, r] of scale) ctx.log(`    ${label}: ${fmtMs(r.t.readyMs)} ms (${fmtRatio(r.t.readyMs / floorMs)} the sites-only floor, ${fmtRatio(r.t.readyMs / floorAllMs)} the all-layers floor)`);
    const filter = filterAtScale(path.join(tiled.dir, 'data', 'kuzbass', 'sites.geojson'));
    for (const f of filter) ctx.log(`    filter "${f.filter}" at ${f.sites} sites (${f.shown} shown): ${fmtMs(f.appMs)} ms vs floor ${fmtMs(f.floorMs)} ms -> ${fmtRatio(f.ratio)}`);

    // 2. The crossover: only the line count changes.
    const crossover = [];
    for (const segments of series) {
      const csrc = path.join(work, `src-${segments}`);
      writeRegion(csrc, generateRegion({ sites: size.sites, segments, municipalities: [10, 10], edgeVertices: 10 }, 11));
      ctx.log(`  ${segments.toLocaleString('en')} segments:`);
      const a = buildSite(csrc, work, `x-tiled-${segments}`, 1, ctx.log);
      const b = buildSite(csrc, work, `x-geojson-${segments}`, NEVER_TILE, ctx.log);
      const r = await withBrowser((browser) =>
        timePages(
          browser,
          [
            { label: 'PMTiles', dir: a.dir, path: appPath, global: 'parkatlasFirstMap', layers: LINES_LAYERS, source: 'parkatlas-sites' },
            { label: 'GeoJSON', dir: b.dir, path: appPath, global: 'parkatlasFirstMap', layers: LINES_LAYERS, source: 'parkatlas-sites' },
          ],
          runs,
        ),
      );
      const row = {
        segments,
        geojsonMB: b.bytes['infrastructure.geojson']! / 1024 ** 2,
        pmtilesMB: a.bytes['infrastructure.pmtiles']! / 1024 ** 2,
        tileBuildMs: a.buildMs - b.buildMs,
        geojsonMs: r.get('GeoJSON')!.t.readyMs,
        pmtilesMs: r.get('PMTiles')!.t.readyMs,
        errors: [...r.get('GeoJSON')!.errors, ...r.get('PMTiles')!.errors],
      };
      ctx.log(`    lines drawn: GeoJSON ${fmtMs(row.geojsonMs)} ms, PMTiles ${fmtMs(row.pmtilesMs)} ms -> GeoJSON/PMTiles ${fmtRatio(row.geojsonMs / row.pmtilesMs)}`);
      crossover.push(row);
      rmSync(a.dir, { recursive: true, force: true });
      rmSync(b.dir, { recursive: true, force: true });
    }

    const scaleTable = table(
      ['page', 'sites drawn, ms', '/ sites-only floor', '/ all-layers floor', 'map created', 'runs (ms)'],
      [...scale].map(([label, r]) => [label, fmtMs(r.t.readyMs), fmtRatio(r.t.readyMs / floorMs), fmtRatio(r.t.readyMs / floorAllMs), fmtMs(r.t.mapCreatedMs), r.all.map(fmtMs).join(', ')]),
    );
    const filesTable = table(
      ['build', 'data build s', 'sites.geojson MB', 'infrastructure.geojson MB', 'municipalities.geojson MB', 'infrastructure.pmtiles MB', 'municipalities.pmtiles MB'],
      [
        ['PMTiles', tiled],
        ['GeoJSON', geojson],
      ].map(([label, b]) => {
        const x = b as Built;
        return [label as string, (x.buildMs / 1000).toFixed(1), MB(x.bytes['sites.geojson']!), MB(x.bytes['infrastructure.geojson']!), MB(x.bytes['municipalities.geojson']!), MB(x.bytes['infrastructure.pmtiles']!), MB(x.bytes['municipalities.pmtiles']!)];
      }),
    );
    const filterTable = table(
      ['filter', 'sites', 'shown', 'filter index ms', 'floor ms', 'ratio (target ≤ 2×)'],
      filter.map((f) => [f.filter, String(f.sites), String(f.shown), fmtMs(f.appMs), fmtMs(f.floorMs), fmtRatio(f.ratio)]),
    );
    const crossTable = table(
      ['segments', 'GeoJSON MB', 'PMTiles MB', 'tiling s (build)', 'lines drawn, GeoJSON ms', 'lines drawn, PMTiles ms', 'GeoJSON / PMTiles'],
      crossover.map((c) => [c.segments.toLocaleString('en'), c.geojsonMB.toFixed(1), c.pmtilesMB.toFixed(1), (c.tileBuildMs / 1000).toFixed(1), fmtMs(c.geojsonMs), fmtMs(c.pmtilesMs), fmtRatio(c.geojsonMs / c.pmtilesMs)]),
    );
    const notes = [
      `Region: generateRegion(${JSON.stringify(size)}, seed 11) — ${size.sites} sites (real Kuzbass passports as templates), ${size.segments.toLocaleString('en')} line segments + 4,000 points, ${size.municipalities[0] * size.municipalities[1]} municipal polygons of ${size.edgeVertices * 4} vertices, over [27, 41, 179, 78].`,
      `Built by scripts/build-data.ts as a child process; "PMTiles" uses the default threshold (${DEFAULT_TILE_THRESHOLD.toLocaleString('en')} vertices), "GeoJSON" a threshold no layer reaches.`,
      'Sites drawn = first-map\'s condition (map.loaded && areTilesLoaded over every source, sites layer rendered), so every context layer in view has loaded too. Sites-only floor = first-map\'s bare MapLibre page with the same sites.geojson; all-layers floor = MapLibre alone drawing sites, infrastructure.map.geojson and municipalities.geojson of the GeoJSON build (fill, lines, points, circles).',
      `Crossover: ${size.sites} sites, 10×10 municipalities, only the segment count changes; time to the first frame with infrastructure lines rendered and every tile loaded; each region built twice (tiled at threshold 1 / never).`,
      `Filter: applyFilterIndex vs the typed-array floor (filter.bench.ts) over the built sites, all filters.`,
    ];
    ctx.log('');
    for (const tbl of [filesTable, scaleTable, filterTable, crossTable]) ctx.log(tbl + '\n');
    for (const n of notes) ctx.log(`  - ${n}`);
    return { size, builds: { tiled, geojson }, scale: Object.fromEntries(scale), filter, crossover, tables: { files: filesTable, scale: scaleTable, filter: filterTable, crossover: crossTable }, notes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
