// SVG pictures to PNG files on every core (draw-png.mjs: ~25 ms each on one core), and an
// all-Russia region has 2,000 sites. PT Sans (the app's font; @fontsource's WOFF files) is
// unpacked once into TrueType, which resvg reads, so the pictures use the same letters as the app.
// Drawn pictures are kept by their SVG's hash (see cacheKeys), so a rebuild draws only the sites
// whose picture changed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../lib/cli';
import { FIRST_SCREEN_FACES, FONTSOURCE_FILES } from '../fonts/web-font-files';
import { resvgVersion } from './draw-png.mjs';
import { woffToSfnt } from './woff';

export interface RasterJob {
  svg: string;
  out: string;
  /** Also written here (the cache's file for this picture). */
  keep?: string;
}

/** The family each subset is renamed to (woff.ts); og-image.ts writes text in these. */
export const SUBSET_FAMILIES = { cyrillic: 'PT Sans Cyrillic', latin: 'PT Sans Latin' } as const;

/** Where drawn pictures are kept between builds (node_modules/.cache: npm ci starts it afresh). */
export const defaultPictureCache = path.join(projectRoot, 'node_modules/.cache/parkatlas-pictures');

/**
 * A picture's name in the cache: the hash of all it is drawn from (its SVG, the fonts and the
 * rasteriser's version), so a changed site, font or resvg draws it anew.
 */
function cacheKeys(jobs: RasterJob[], fonts: Buffer[]): string[] {
  const common = createHash('sha256').update(resvgVersion());
  for (const font of fonts) common.update(font);
  return jobs.map((job) => common.copy().update(job.svg).digest('hex').slice(0, 32));
}

/**
 * Draws the jobs' pictures; those drawn before with the same SVG and fonts are copied from
 * `cacheDir` (undefined: draw all). Returns how many were drawn.
 */
export async function rasterise(jobs: RasterJob[], cacheDir: string | undefined, threads = Math.max(1, Math.min(os.availableParallelism(), 8))): Promise<number> {
  // The faces the first screen uses, regular and bold in both scripts, are what a picture writes in.
  const fonts = FIRST_SCREEN_FACES.map(({ subset, weight }) =>
    woffToSfnt(readFileSync(path.join(projectRoot, FONTSOURCE_FILES, `pt-sans-${subset}-${weight}-normal.woff`)), SUBSET_FAMILIES[subset]),
  );
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
  // One thread per core, each with its share for the whole build: a thread's first pictures run
  // in WebAssembly's baseline tier, so a thread per batch of 100 drew them slower (42.8 s vs 34.5 s
  // for the cold 2,000-site build).
  const lanes = Math.min(threads, toDraw.length);
  const shares = Array.from({ length: lanes }, (_, lane) => toDraw.filter((_, i) => i % lanes === lane));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./rasterise-worker.mjs', import.meta.url), { workerData: { jobs: share, fonts, defaultFamily: SUBSET_FAMILIES.latin } });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rasterising thread exited with ${code}`))));
        }),
    ),
  );
  return toDraw.length;
}
