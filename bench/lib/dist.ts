// The production build the first-map and bytes benchmarks measure: `npm run build` runs first
// when dist/ is missing or older than anything it is built from.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');

/** What `npm run build` reads: a change to any of these makes dist/ stale. */
const INPUTS = ['src', 'data/regions', 'public', 'index.html', 'vite.config.ts', 'scripts/build-data.ts', 'package-lock.json'];

function newestMtime(p: string, skip: (p: string) => boolean): number {
  if (!existsSync(p) || skip(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name), skip));
  return newest;
}

export interface DistStatus {
  /** `npm run build` ran in this benchmark. */
  built: boolean;
  /** Set when dist/ could not be brought up to date: the numbers are of an older build. */
  warning?: string;
  builtAt: string;
}

/** Builds dist/ when it is missing or stale; a failed build over an existing dist/ is a warning. */
export function ensureDist(log: (line: string) => void): DistStatus {
  const index = path.join(DIST, 'index.html');
  const manifest = path.join(DIST, '.vite', 'manifest.json');
  // public/data is written by `npm run data` itself: not an input.
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p), (q) => q === path.join(ROOT, 'public', 'data'))));
  const fresh = existsSync(index) && existsSync(manifest) && statSync(index).mtimeMs >= newestInput;
  if (fresh) return { built: false, builtAt: statSync(index).mtime.toISOString() };
  log(`  dist/ is ${existsSync(index) ? 'older than its sources' : 'missing'}: npm run build`);
  const t = performance.now();
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    log(`  built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return { built: true, builtAt: statSync(index).mtime.toISOString() };
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer };
    const tail = `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`.trim().split('\n').slice(-8).join('\n');
    if (!existsSync(manifest)) throw new Error(`npm run build failed and there is no dist/ to measure:\n${tail}`, { cause: e });
    const warning = `npm run build failed (sources mid-edit?); measuring the existing dist/ from ${statSync(index).mtime.toISOString()}`;
    log(`  WARNING: ${warning}\n${tail.replace(/^/gm, '    ')}`);
    return { built: false, warning, builtAt: statSync(index).mtime.toISOString() };
  }
}
