// SVG pictures to PNG files on every core: 20-30 ms each on one core (resvg's floor is ~14 ns a
// pixel, 10 ms for an empty 1200x630), and an all-Russia region has 2,000 sites. PT Sans (the
// app's font; @fontsource's WOFF files) is unpacked once into TrueType, which resvg reads, so the
// pictures use the same letters as the app. Drawn pictures are kept by their SVG's hash (see pictureCache),
// so a rebuild draws only the sites whose picture changed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../lib/cli';
import { FONTSOURCE_FILES } from '../fonts/web-font-files';
import { woffToSfnt } from './woff';

export interface RasterJob {
  svg: string;
  out: string;
  /** Also written here (the cache's file for this picture). */
  keep?: string;
}

/** Pictures per thread before it ends and frees them. */
const BATCH = 100;
const FACES = ['cyrillic-400-normal', 'latin-400-normal', 'cyrillic-700-normal', 'latin-700-normal'];
/** The family each subset is renamed to (woff.ts nameTable); og-image.ts writes text in these. */
export const SUBSET_FAMILIES = { cyrillic: 'PT Sans Cyrillic', latin: 'PT Sans Latin' } as const;

/** Where drawn pictures are kept between builds (node_modules/.cache: npm ci starts it afresh). */
export const defaultPictureCache = path.join(projectRoot, 'node_modules/.cache/parkatlas-pictures');

/**
 * A picture's name in the cache: the hash of all it is drawn from (its SVG, the fonts and the
 * rasteriser's version), so a changed site, font or resvg draws it anew.
 */
function cacheKeys(jobs: RasterJob[], fonts: Buffer[]): string[] {
  const resvg = (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/@resvg/resvg-js/package.json'), 'utf8')) as { version: string }).version;
  const common = createHash('sha256').update(resvg);
  for (const font of fonts) common.update(font);
  return jobs.map((job) => common.copy().update(job.svg).digest('hex').slice(0, 32));
}

/**
 * Draws the jobs' pictures; those drawn before with the same SVG and fonts are copied from
 * `cacheDir` (undefined: draw all). Returns how many were drawn.
 */
export async function rasterise(jobs: RasterJob[], cacheDir: string | undefined, threads = Math.max(1, Math.min(os.availableParallelism(), 8))): Promise<number> {
  const fontDir = mkdtempSync(path.join(os.tmpdir(), 'parkatlas-fonts-'));
  try {
    const fonts = FACES.map((face) => {
      const family = SUBSET_FAMILIES[face.startsWith('cyrillic') ? 'cyrillic' : 'latin'];
      return woffToSfnt(readFileSync(path.join(projectRoot, FONTSOURCE_FILES, `pt-sans-${face}.woff`)), family);
    });
    const fontFiles = FACES.map((face, i) => {
      const file = path.join(fontDir, `pt-sans-${face}.ttf`);
      writeFileSync(file, fonts[i]!);
      return file;
    });
    let toDraw = jobs;
    if (cacheDir) {
      mkdirSync(cacheDir, { recursive: true });
      const keys = cacheKeys(jobs, fonts);
      toDraw = [];
      jobs.forEach((job, i) => {
        const kept = path.join(cacheDir, `${keys[i]}.png`);
        if (existsSync(kept)) copyFileSync(kept, job.out);
        else toDraw.push({ ...job, keep: kept });
      });
    }
    // Threads take batches and end after each: a thread's pictures stay in memory until it ends
    // (resvg's pixmaps live outside V8's heap and were not freed by collections: 90 MB/s, 7 GB).
    const batches = Array.from({ length: Math.ceil(toDraw.length / BATCH) }, (_, i) => toDraw.slice(i * BATCH, (i + 1) * BATCH));
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
    return toDraw.length;
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
}
