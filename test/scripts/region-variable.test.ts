// One variable picks the region for the data build and the app build: PARKATLAS_REGION. A build
// of a region whose data was never built builds it, and dist/ holds that region's data only.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_REGION_DIR } from '../helpers/region-files';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const REGION = 'zz-test-region';
const source = join(root, 'data', 'regions', REGION);
const built = join(root, 'public', 'data', REGION);

afterAll(() => {
  rmSync(source, { recursive: true, force: true });
  rmSync(built, { recursive: true, force: true });
});

describe('PARKATLAS_REGION', () => {
  it('builds the named region\'s data, then an app that asks for that region and ships only its data', async () => {
    cpSync(FIXTURE_REGION_DIR, source, { recursive: true });
    rmSync(built, { recursive: true, force: true });
    const env = { ...process.env, PARKATLAS_REGION: REGION };
    const out = mkdtempSync(join(tmpdir(), 'parkatlas-dist-'));
    // What `npm run build` runs, with the same variable for both steps.
    await run(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts')], { cwd: root, env });
    expect(existsSync(join(built, 'sites.geojson'))).toBe(true);
    await run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, env });
    expect(readdirSync(join(out, 'data'))).toEqual([REGION]);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain(`./data/${REGION}/region.json`);
    const js = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, 'assets', f), 'utf8'));
    expect(js.some((text) => new RegExp(`["'\`]${REGION}["'\`]`).test(text))).toBe(true);
    expect(js.some((text) => text.includes('VITE_REGION'))).toBe(false);
  }, 180_000);

  it('refuses a region that has no folder, naming it, and builds nothing', async () => {
    const env = { ...process.env, PARKATLAS_REGION: 'no-such-region' };
    const failed = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts')], { cwd: root, env }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).not.toBe(0);
    expect(failed?.stderr).toContain('no-such-region');
    expect(existsSync(join(root, 'public', 'data', 'no-such-region'))).toBe(false);
  }, 60_000);
});
