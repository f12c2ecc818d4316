// The data build as a user runs it: a real process on real files.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_REGION_DIR, type Loose } from '../helpers/region-files';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const buildData = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts'), ...args], { cwd: root });

describe('npm run data', () => {
  it('writes derived outputs for a valid region', async () => {
    const out = mkdtempSync(join(tmpdir(), 'parkatlas-out-'));
    const { stdout } = await buildData('--data-dir', FIXTURE_REGION_DIR, '--out', out);
    expect(stdout).toMatch(/Data build OK for "kuzbass": 12 sites/);
    const sites = JSON.parse(readFileSync(join(out, 'sites.geojson'), 'utf8'));
    expect(sites.features[0].properties.derived.nearest.airport.km).toBeGreaterThan(0);
  });

  it('fails with file, feature, field and rule for a bad file, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkatlas-bad-'));
    cpSync(FIXTURE_REGION_DIR, dir, { recursive: true });
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

  it('refuses a region id that is not a folder name, with exit 2 and nothing written', async () => {
    const failure = await buildData('--region', '../../tmp/x').then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('--region must be a region id such as kuzbass, not "../../tmp/x"');
  });

  it('writes a .pmtiles file for a layer over the tiling threshold, and removes it once the layer is back under', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkatlas-tiled-'));
    cpSync(FIXTURE_REGION_DIR, dir, { recursive: true });
    const edit = (name: string, change: (json: Loose) => void) => {
      const json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      change(json);
      writeFileSync(join(dir, name), JSON.stringify(json));
    };
    edit('municipalities.geojson', (m) => {
      m.features[0].geometry = { type: 'Polygon', coordinates: [[[85.9, 55.3], [86.2, 55.3], [86.2, 55.5], [85.9, 55.5], [85.9, 55.3]]] };
    });
    edit('region.json', (r) => (r.tiling = { thresholdVertices: 3 }));
    const out = mkdtempSync(join(tmpdir(), 'parkatlas-out-'));
    const { stdout } = await buildData('--data-dir', dir, '--out', out);
    expect(stdout).toMatch(/municipalities\.pmtiles: \d+ tiles/);
    expect(readFileSync(join(out, 'municipalities.pmtiles')).subarray(0, 7).toString()).toBe('PMTiles');
    expect(JSON.parse(readFileSync(join(out, 'region.json'), 'utf8')).tiles.municipalities.file).toBe('municipalities.pmtiles');
    expect(existsSync(join(out, 'infrastructure.pmtiles'))).toBe(false); // only points: nothing to tile

    edit('region.json', (r) => delete r.tiling);
    await buildData('--data-dir', dir, '--out', out);
    expect(existsSync(join(out, 'municipalities.pmtiles'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'region.json'), 'utf8')).tiles).toBeUndefined();
  });
});
