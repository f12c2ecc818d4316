// Bytes benchmark: what the full app and the embed download before the first screen (initial JS
// and CSS, gzip -9, from scripts/lib/bundle.ts) against the floor: a minimal Vite build of
// MapLibre (+ its CSS and worker URL, wired as src/map/maplibre-setup.ts does) and React rendering
// one div with a map. Then which packages fill the full app's initial chunks (sourcemaps).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { initialLoad, readManifest, type InitialLoad } from '../scripts/lib/bundle';
import { DIST, ROOT, ensureDist } from './lib/dist';
import { sizesBySource, type GroupSize } from './lib/sourcemap-sizes';
import { fmtKB, fmtRatio, table } from './lib/stats';
import type { BenchContext } from './nearest.bench';

const FLOOR_ENTRY = `// The floor: what any MapLibre + React page must download.
import { createElement, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

function App() {
  const ref = useRef(null);
  useEffect(() => {
    const map = new Map({ container: ref.current, style: { version: 8, sources: {}, layers: [] } });
    return () => map.remove();
  }, []);
  return createElement('div', { ref, style: { position: 'absolute', inset: 0 } });
}

createRoot(document.getElementById('root')).render(createElement(App));
`;

const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>floor</title></head>
  <body><div id="root"></div><script type="module" src="./main.js"></script></body>
</html>
`;

/** Builds the floor in a temp dir (node_modules symlinked from the project) and measures it. */
async function buildFloor(): Promise<{ load: InitialLoad; workerGzip: number }> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'parkatlas-bytes-floor-'));
  try {
    writeFileSync(path.join(tmp, 'index.html'), FLOOR_HTML);
    writeFileSync(path.join(tmp, 'main.js'), FLOOR_ENTRY);
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
    const outDir = path.join(tmp, 'dist');
    mkdirSync(outDir);
    await build({
      root: tmp,
      configFile: false,
      logLevel: 'error',
      base: './',
      build: { outDir, target: 'es2022', manifest: true, sourcemap: false, chunkSizeWarningLimit: 5000 },
    });
    return { load: initialLoad(outDir, 'plain'), workerGzip: workerGzip(outDir) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function workerGzip(distDir: string): number {
  const file = readdirSync(path.join(distDir, 'assets')).find((f) => /^maplibre-gl-worker.*\.js$/.test(f));
  return file ? gzipSync(readFileSync(path.join(distDir, 'assets', file)), { level: 9 }).length : NaN;
}

export async function runBytesBench(ctx: BenchContext): Promise<object> {
  const dist = ensureDist(ctx.log);
  const full = initialLoad(DIST, 'full');
  const embed = initialLoad(DIST, 'embed');
  const t = performance.now();
  const floor = await buildFloor();
  ctx.log(`  floor built in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const total = (l: InitialLoad) => l.js.gzip + l.css.gzip;
  const rows = [
    { name: 'floor (MapLibre + React, one map)', load: floor.load },
    { name: 'full app', load: full },
    { name: 'embed', load: embed },
  ].map(({ name, load }) => ({
    name,
    jsGzip: load.js.gzip,
    cssGzip: load.css.gzip,
    jsBytes: load.js.bytes,
    totalGzip: total(load),
    jsRatio: load.js.gzip / floor.load.js.gzip,
    cssRatio: load.css.gzip / floor.load.css.gzip,
    totalRatio: total(load) / total(floor.load),
    files: [...load.js.files, ...load.css.files],
  }));
  const sizes = table(
    ['build', 'JS gzip KB', 'CSS gzip KB', 'JS+CSS gzip KB', 'JS / floor', 'CSS / floor', 'JS+CSS / floor', 'JS min KB'],
    rows.map((r) => [r.name, fmtKB(r.jsGzip), fmtKB(r.cssGzip), fmtKB(r.totalGzip), fmtRatio(r.jsRatio), fmtRatio(r.cssRatio), fmtRatio(r.totalRatio), fmtKB(r.jsBytes)]),
  );

  // What fills the full app's initial JS (the worker is separate and the same in every build).
  const manifest = readManifest(DIST);
  const initialJs = full.js.files.map((f) => path.join(DIST, f));
  const groups: GroupSize[] = sizesBySource(initialJs);
  const jsBytes = groups.reduce((a, g) => a + g.bytes, 0);
  const modules = table(
    ['package / folder', 'min KB', 'gzip KB (alone)', 'share of initial JS'],
    groups.slice(0, 15).map((g) => [g.group, fmtKB(g.bytes), fmtKB(g.gzip), `${((g.bytes / jsBytes) * 100).toFixed(1)} %`]),
  );
  const chunks = table(
    ['initial chunk (full app)', 'file', 'min KB', 'gzip KB'],
    full.chunks
      .filter((k) => manifest[k]!.file.endsWith('.js'))
      .map((k) => {
        const buf = readFileSync(path.join(DIST, manifest[k]!.file));
        return [k, manifest[k]!.file, fmtKB(buf.length), fmtKB(gzipSync(buf, { level: 9 }).length)];
      }),
  );
  const worker = { app: workerGzip(DIST), floor: floor.workerGzip };
  const notes = [
    'Initial = scripts/lib/bundle.ts initialLoad: the entry and its static imports plus what main.tsx loads at start (the first map, React, App.tsx or EmbedApp.tsx), each with its static imports; gzip -9 per file, summed.',
    `Not counted anywhere: the MapLibre worker (app ${fmtKB(worker.app)} KB gzip, floor ${fmtKB(worker.floor)} KB) and fonts (woff2), fetched after start.`,
    'Floor: vite build (no config, es2022) of an entry importing maplibre-gl (+ CSS, worker ?worker&url), react and react-dom/client, rendering one div with a map.',
    'Per package: every minified character charged to the source its sourcemap segment points at (bench/lib/sourcemap-sizes.ts); "gzip alone" compresses each group by itself.',
    'Targets: full JS+CSS ≤ 1.2× floor; embed < full.',
  ];
  if (dist.warning) notes.push(`WARNING: ${dist.warning}`);
  ctx.log('');
  ctx.log(sizes);
  ctx.log('');
  ctx.log(chunks);
  ctx.log('');
  ctx.log(modules);
  for (const n of notes) ctx.log(`  - ${n}`);
  return {
    dist,
    rows,
    worker,
    embedBelowFull: embed.js.gzip + embed.css.gzip < full.js.gzip + full.css.gzip,
    groups,
    initialChunks: full.chunks,
    tables: { sizes, chunks, modules },
    notes,
  };
}
