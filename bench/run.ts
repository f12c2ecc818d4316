// Entry of `npm run bench [-- [--quick] [filter ...]]`. Each benchmark measures against a
// baseline in the same run and returns JSON, written to bench/results/<name>.json with the
// machine it ran on. Add a benchmark: one entry in BENCHMARKS.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { runBytesBench } from './bytes.bench';
import { runFilterBench } from './filter.bench';
import { runFirstMapBench } from './first-map.bench';
import { runMapFilterBench } from './map-filter.bench';
import { runScaleBench } from './scale.bench';
import { runUploadBench } from './upload.bench';
import { runValidateBench } from './validate.bench';
import { runEdgeBench } from './edge.bench';
import { runReceiverBench } from './receiver.bench';
import { runLighthouseBench } from './lighthouse.bench';
import { runPagesBench } from './pages.bench';
import { runNearestBench, type BenchContext } from './nearest.bench';

export type { BenchContext };

interface Benchmark {
  name: string;
  description: string;
  run: (ctx: BenchContext) => Promise<object>;
}

const BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'nearest',
    description: 'nearest infrastructure per kind: Flatbush index vs naive Turf loop',
    run: runNearestBench,
  },
  {
    name: 'edge',
    description: 'nearest infrastructure from polygon edges vs from centroids: 10k sites x 200k segments, same index, same run',
    run: runEdgeBench,
  },
  {
    name: 'filter',
    description: 'applyFilter over 1k/10k/100k sites vs a typed-array loop (the floor)',
    run: runFilterBench,
  },
  {
    name: 'map-filter',
    description: 'filter change to idle in Chromium: map.setFilter vs source.setData (1k/10k points, 10k polygons)',
    run: runMapFilterBench,
  },
  {
    name: 'first-map',
    description: 'navigation to sites drawn in Chromium: built app vs a bare MapLibre page (real and 10k sites)',
    run: runFirstMapBench,
  },
  {
    name: 'bytes',
    description: 'initial JS+CSS gzip of the full app and the embed vs a minimal MapLibre + React build',
    run: runBytesBench,
  },
  {
    name: 'upload',
    description: 'longest main-thread task while the proposal page checks a ~42 MB GeoJSON vs JSON.parse on the main thread',
    run: runUploadBench,
  },
  {
    name: 'validate',
    description: 'validator on 30k parts, 10k holes, 2k copies of a ring and a ~50 MB file vs JSON.parse of the same text',
    run: runValidateBench,
  },
  {
    name: 'receiver',
    description: 'receiver with 1, 3 and 10 proposals of ~36 MB in flight: health latency and peak memory vs the idle receiver',
    run: runReceiverBench,
  },
  {
    name: 'lighthouse',
    description: 'Lighthouse 12.2.3 mobile and desktop: app, a site page and embed vs a bare MapLibre page, behind nginx with deploy/nginx.conf',
    run: runLighthouseBench,
  },
  {
    name: 'pages',
    description: 'written pages and pictures for 2,000 generated sites in two languages vs the Vite build of the same app',
    run: runPagesBench,
  },
  {
    name: 'scale',
    description: 'all-Russia scale region (2,000 sites, 1M segments, 2,500 polygons): PMTiles vs GeoJSON vs floor, and the crossover',
    run: runScaleBench,
  },
];

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

/** A real full GC without `--expose-gc` on the command line (`npm run bench` runs plain tsx). */
function makeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc: unknown = vm.runInNewContext('gc');
  return typeof gc === 'function' ? () => (gc as () => void)() : () => {};
}

function machine(): Record<string, string | number> {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log('usage: npm run bench -- [--quick] [filter ...]');
    for (const b of BENCHMARKS) console.log(`  ${b.name.padEnd(10)} ${b.description}`);
    return 0;
  }
  const quick = argv.includes('--quick');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--quick');
  if (unknown.length) {
    console.error(`unknown option(s): ${unknown.join(' ')}`);
    return 2;
  }
  const filters = argv.filter((a) => !a.startsWith('-'));
  // An exact name selects that benchmark alone (`filter` is not also `map-filter`); else substrings match.
  const names = BENCHMARKS.map((b) => b.name);
  const selected = BENCHMARKS.filter(
    (b) => filters.length === 0 || filters.some((f) => b.name === f || (!names.includes(f) && b.name.includes(f))),
  );
  if (selected.length === 0) {
    console.error(`no benchmark matches ${filters.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const info = machine();
  console.log(`${info.cpu} (${info.cores} cores), node ${info.node}${quick ? ', --quick' : ''}`);
  const ctx: BenchContext = { quick, log: (line) => console.log(line), gc: makeGc() };
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const b of selected) {
    console.log(`\n== ${b.name}: ${b.description}`);
    const t = performance.now();
    const result = await b.run(ctx);
    const seconds = (performance.now() - t) / 1000;
    const peakRssMB = process.resourceUsage().maxRSS / 1024;
    const file = path.join(RESULTS_DIR, `${b.name}${quick ? '.quick' : ''}.json`);
    const out = { benchmark: b.name, quick, machine: info, seconds, peakRssMB, ...result };
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`  ${b.name}: ${seconds.toFixed(1)} s, peak RSS ${peakRssMB.toFixed(0)} MB -> ${path.relative(process.cwd(), file)}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
