// The data build as a user runs it: a real process on real files.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KUZBASS_DIR } from '../helpers/region-files';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const buildData = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts'), ...args], { cwd: root });

describe('npm run data', () => {
  it('writes derived outputs for a valid region', async () => {
    const out = mkdtempSync(join(tmpdir(), 'parkatlas-out-'));
    const { stdout } = await buildData('--data-dir', KUZBASS_DIR, '--out', out);
    expect(stdout).toMatch(/Data build OK for "kuzbass": 12 sites/);
    const sites = JSON.parse(readFileSync(join(out, 'sites.geojson'), 'utf8'));
    expect(sites.features[0].properties.derived.nearest.airport.km).toBeGreaterThan(0);
  });

  it('fails with file, feature, field and rule for a bad file, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkatlas-bad-'));
    cpSync(KUZBASS_DIR, dir, { recursive: true });
    const sitesPath = join(dir, 'sites.geojson');
    const sites = JSON.parse(readFileSync(sitesPath, 'utf8'));
    sites.features[3].properties.kind = 'factory';
    writeFileSync(sitesPath, JSON.stringify(sites));
    const out = mkdtempSync(join(tmpdir(), 'parkatlas-out-'));
    const failure = await buildData('--data-dir', dir, '--out', out).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`sites.geojson: feature "${sites.features[3].properties.id}": properties.kind: Invalid option`);
    expect(failure?.stderr).toContain('Nothing was written.');
  });
});
