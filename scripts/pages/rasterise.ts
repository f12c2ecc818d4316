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
    const shares = Array.from({ length: Math.min(threads, jobs.length) }, (_, i) => jobs.filter((_, j) => j % threads === i));
    await Promise.all(
      shares.map(
        (share) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(new URL('./rasterise-worker.mjs', import.meta.url), { workerData: { jobs: share, fontFiles } });
            worker.once('message', () => resolve());
            worker.once('error', reject);
            worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rasterising thread exited with ${code}`))));
          }),
      ),
    );
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
}
