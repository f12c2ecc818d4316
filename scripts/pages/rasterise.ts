// SVG pictures to PNG files on every core: about 30 ms each on one core, and an all-Russia
// region has 2,000 sites in two languages. PT Sans (the app's font, shipped as WOFF) is
// unpacked once into TrueType, which resvg reads, so the pictures use the same letters as the app.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../lib/cli';
import { woffToSfnt } from './woff';

export interface RasterJob {
  svg: string;
  out: string;
}

/** Pictures per thread before it ends and frees them. */
const BATCH = 100;
const FACES = ['cyrillic-400-normal', 'latin-400-normal', 'cyrillic-700-normal', 'latin-700-normal'];
/** The family each subset is renamed to (woff.ts nameTable); og-image.ts writes text in these. */
export const SUBSET_FAMILIES = { cyrillic: 'PT Sans Cyrillic', latin: 'PT Sans Latin' } as const;

export async function rasterise(jobs: RasterJob[], threads = Math.max(1, Math.min(os.availableParallelism(), 8))): Promise<void> {
  const fontDir = mkdtempSync(path.join(os.tmpdir(), 'parkatlas-fonts-'));
  try {
    const fontFiles = FACES.map((face) => {
      const file = path.join(fontDir, `pt-sans-${face}.ttf`);
      const family = SUBSET_FAMILIES[face.startsWith('cyrillic') ? 'cyrillic' : 'latin'];
      writeFileSync(file, woffToSfnt(readFileSync(path.join(projectRoot, 'node_modules/@fontsource/pt-sans/files', `pt-sans-${face}.woff`)), family));
      return file;
    });
    // Threads take batches and end after each: a thread's pictures stay in memory until it ends
    // (resvg's pixmaps live outside V8's heap and were not freed by collections: 90 MB/s, 7 GB).
    const batches = Array.from({ length: Math.ceil(jobs.length / BATCH) }, (_, i) => jobs.slice(i * BATCH, (i + 1) * BATCH));
    const drawBatch = (batch: RasterJob[]) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL('./rasterise-worker.mjs', import.meta.url), { workerData: { jobs: batch, fontFiles } });
        worker.once('error', reject);
        worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rasterising thread exited with ${code}`))));
      });
    const lanes = Array.from({ length: Math.min(threads, batches.length) }, async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) await drawBatch(batch);
    });
    await Promise.all(lanes);
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
}
