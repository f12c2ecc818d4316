// `npm run import:osm` as a user runs it: a real process on a temporary copy of the Kuzbass
// folder, then the data build on the result.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltSiteCollection } from '../../src/domain/schema/derived';
import { InfraCollection } from '../../src/domain/schema/infrastructure';
import { MunicipalityCollection } from '../../src/domain/schema/municipality';
import { RegionConfig } from '../../src/domain/schema/region';
import { FIXTURE_REGION_DIR } from '../helpers/region-files';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const FIXTURES = join(root, 'test', 'fixtures', 'osm');
const tsx = (script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, env: { ...process.env, OVERPASS_URL: '' } });
const importOsm = (...args: string[]) => tsx('scripts/import-osm.ts', '--date', '2026-12-01', ...args);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

function regionCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parkatlas-osm-'));
  cpSync(FIXTURE_REGION_DIR, dir, { recursive: true });
  return dir;
}
const readJson = (...parts: string[]) => JSON.parse(readFileSync(join(...parts), 'utf8'));

describe('npm run import:osm -- --from overpass-small.json, then npm run data', () => {
  const dir = regionCopy();
  const out = mkdtempSync(join(tmpdir(), 'parkatlas-osm-out-'));
  let importStdout = '';
  let importStderr = '';

  beforeAll(async () => {
    ({ stdout: importStdout, stderr: importStderr } = await importOsm('--from', join(FIXTURES, 'overpass-small.json'), '--data-dir', dir));
  }, 30_000);

  it('reports what it imported, the matches and the unmatched boundaries, with a bar per stage', () => {
    expect(importStdout).toMatch(/OSM import OK for "kuzbass" .*: 14 infrastructure features .*2\/34 municipalities with an OSM boundary/);
    expect(importStdout).toContain('Unmatched OSM boundaries (1):\n  Болотнинский район (relation/1003)');
    for (const stage of ['read', 'convert', 'match', 'write']) expect(importStderr).toMatch(new RegExp(`^${stage} +\\[#+\\]`, 'm'));
  });

  it('writes the OSM files, points region.json at them and appends SOURCES.md', () => {
    const osm = InfraCollection.parse(readJson(dir, 'osm', 'infrastructure.geojson'));
    expect(osm.features).toHaveLength(14);
    const merged = InfraCollection.parse(readJson(dir, 'osm', 'infrastructure.merged.geojson'));
    const curated = readJson(FIXTURE_REGION_DIR, 'infrastructure.geojson').features.length;
    expect(merged.features).toHaveLength(curated + 14);
    const munis = MunicipalityCollection.parse(readJson(dir, 'osm', 'municipalities.geojson'));
    const yurga = munis.features.find((m) => m.properties.id === 'yurga-go')!;
    expect(yurga.geometry.type).toBe('Polygon');
    expect(yurga.properties.centre).toEqual([84.8886, 55.7203]);
    expect(munis.features.find((m) => m.properties.id === 'topkinsky-mo')!.geometry.type).toBe('MultiPolygon');
    expect(munis.features.filter((m) => m.geometry.type === 'Point')).toHaveLength(32);

    const region = RegionConfig.parse(readJson(dir, 'region.json'));
    expect(region.files).toEqual({
      sites: 'sites.geojson',
      infrastructure: 'osm/infrastructure.merged.geojson',
      municipalities: 'osm/municipalities.geojson',
    });
    expect(region.attribution).toContain('© OpenStreetMap contributors, ODbL');
    const sources = readFileSync(join(dir, 'SOURCES.md'), 'utf8');
    expect(sources.startsWith(readFileSync(join(FIXTURE_REGION_DIR, 'SOURCES.md'), 'utf8').trimEnd())).toBe(true);
    expect(sources).toContain('## OpenStreetMap import, 2026-12-01');
    expect(sources).toContain('© OpenStreetMap contributors, ODbL');
    expect(sources).toContain('nwr["aeroway"="aerodrome"](52.1,84.4,56.9,89.5);');
    // The shipped folder is never touched.
    expect(readJson(FIXTURE_REGION_DIR, 'region.json').files.infrastructure).toBe('infrastructure.geojson');
  });

  it('builds, and the build places sites in OSM polygons and measures to OSM lines', async () => {
    const { stdout } = await tsx('scripts/build-data.ts', '--data-dir', dir, '--out', out);
    expect(stdout).toMatch(/Data build OK for "kuzbass": 12 sites, \d+ infrastructure features, 34 municipalities/);
    const sites = BuiltSiteCollection.parse(readJson(out, 'sites.geojson'));
    const yurga = sites.features.find((s) => s.properties.id === 'tor-yurga')!.properties.derived;
    expect(yurga.municipalitySource).toBe('point_in_polygon');
    expect(yurga.municipalityId).toBe('yurga-go');
    expect(yurga.nearest.power_line).toMatchObject({ id: 'osm-way-3001' });
    expect(yurga.nearest.power_line!.km).toBeLessThan(1);
    expect(sites.features.find((s) => s.properties.id === 'sez-kuzbass-topki')!.properties.derived.municipalitySource).toBe('point_in_polygon');
    expect(InfraCollection.safeParse(readJson(out, 'infrastructure.geojson')).success).toBe(true);
    expect(MunicipalityCollection.safeParse(readJson(out, 'municipalities.geojson')).success).toBe(true);
  });

  it('is idempotent: a second run starts from the curated files and replaces its SOURCES.md section', async () => {
    const names = ['osm/infrastructure.geojson', 'osm/infrastructure.merged.geojson', 'osm/municipalities.geojson', 'region.json', 'SOURCES.md'];
    const first = Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
    await importOsm('--from', join(FIXTURES, 'overpass-small.json'), '--data-dir', dir);
    for (const n of names) expect(readFileSync(join(dir, n), 'utf8'), n).toBe(first[n]);
    // A later import: the same section, with its new date, in the same place.
    await tsx('scripts/import-osm.ts', '--date', '2027-03-01', '--from', join(FIXTURES, 'overpass-small.json'), '--data-dir', dir);
    const sources = readFileSync(join(dir, 'SOURCES.md'), 'utf8');
    expect(sources.match(/## OpenStreetMap import/g)).toEqual(['## OpenStreetMap import']);
    expect(sources).toBe(first['SOURCES.md']!.replaceAll('2026-12-01', '2027-03-01'));
  });
});

describe('other inputs', () => {
  const fromJson = regionCopy();
  beforeAll(() => importOsm('--from', join(FIXTURES, 'overpass-small.json'), '--data-dir', fromJson), 30_000);
  const osmFile = (dir: string) => readFileSync(join(dir, 'osm', 'infrastructure.geojson'), 'utf8');

  it.each(['overpass-small.osm', 'overpass-small.osm.pbf'])('imports %s like the same data as Overpass JSON', async (name) => {
    const dir = regionCopy();
    await importOsm('--from', join(FIXTURES, name), '--data-dir', dir);
    expect(osmFile(dir)).toBe(osmFile(fromJson));
    expect(readFileSync(join(dir, 'osm', 'municipalities.geojson'), 'utf8')).toBe(
      readFileSync(join(fromJson, 'osm', 'municipalities.geojson'), 'utf8'),
    );
  });

  it('fails with exit 2 on a file that is not OSM data, writing nothing', async () => {
    const dir = regionCopy();
    const e = await failure(importOsm('--from', join(FIXTURE_REGION_DIR, 'sites.geojson'), '--data-dir', dir));
    expect(e?.code).toBe(2);
    expect(e?.stderr).toMatch(/sites\.geojson: not an Overpass JSON document/);
    expect(existsSync(join(dir, 'osm'))).toBe(false);
  });

  it('fails with exit 2 on a cut-off .bz2 download, saying so, writing nothing', async () => {
    const dir = regionCopy();
    const bz2 = readFileSync(join(FIXTURES, 'real', 'moscow.osm.bz2'));
    const cut = join(mkdtempSync(join(tmpdir(), 'parkatlas-cut-')), 'kuzbass.osm.bz2');
    writeFileSync(cut, bz2.subarray(0, 5000));
    const e = await failure(importOsm('--from', cut, '--data-dir', dir));
    expect(e?.code).toBe(2);
    expect(e?.stderr).toMatch(/kuzbass\.osm\.bz2: cannot unpack bzip2 .*is the download complete\?/);
    expect(existsSync(join(dir, 'osm'))).toBe(false);
  });

  it('refuses a match table naming a municipality the region does not have, with exit 2', async () => {
    const dir = regionCopy();
    writeFileSync(join(dir, 'osm-match.json'), '{"yurga-go": 1001, "jurga": 1002}\n');
    const e = await failure(importOsm('--from', join(FIXTURES, 'overpass-small.json'), '--data-dir', dir));
    expect(e?.code).toBe(2);
    expect(e?.stderr).toContain('osm-match.json: no municipality with id jurga');
    expect(existsSync(join(dir, 'osm'))).toBe(false);
  });

  it('rejects unknown options with exit 2', async () => {
    const e = await failure(importOsm('--form', 'x.json'));
    expect(e?.code).toBe(2);
    expect(e?.stderr).toContain('Unknown option --form');
  });

  it('refuses a region id that is not a folder name, with exit 2', async () => {
    const e = await failure(importOsm('--region', '../kuzbass', '--from', join(FIXTURES, 'overpass-small.json')));
    expect(e?.code).toBe(2);
    expect(e?.stderr).toContain('--region must be a region id such as kuzbass, not "../kuzbass"');
  });
});

describe('live import against a local Overpass stand-in', () => {
  const fixture = readFileSync(join(FIXTURES, 'overpass-small.json'), 'utf8');
  const queries: string[] = [];
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        queries.push(new URLSearchParams(body).get('data') ?? '');
        res.writeHead(200, { 'content-type': 'application/json' }).end(fixture);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/interpreter`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends one query per layer group, saves the answer for --from, and imports it', async () => {
    const dir = regionCopy();
    const saved = join(dir, 'saved-overpass.json');
    const { stdout } = await importOsm('--endpoint', url, '--data-dir', dir, '--save', saved);
    expect(queries).toHaveLength(7);
    expect(queries[0]).toMatch(/^\[out:json\]\[timeout:180\];\n\(\n {2}relation\["boundary"="administrative"\]/);
    expect(stdout).toContain('14 infrastructure features');
    expect(readJson(saved).elements).toHaveLength(readJson(FIXTURES, 'overpass-small.json').elements.length);
    expect(readFileSync(join(dir, 'SOURCES.md'), 'utf8')).toContain(`Source: Overpass API at ${url}`);
  });

  it('fails with exit 1 and the clear message when Overpass is unreachable, writing nothing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const dir = regionCopy();
    const endpoint = `http://127.0.0.1:${port}/api/interpreter`;
    const e = await failure(importOsm('--endpoint', endpoint, '--data-dir', dir, '--retries', '1', '--backoff-ms', '10'));
    expect(e?.code).toBe(1);
    expect(e?.stderr).toContain(
      `Overpass at ${endpoint} is unreachable (connect ECONNREFUSED 127.0.0.1:${port}; 2 tries); try --endpoint, or --from FILE with a saved Overpass JSON`,
    );
    expect(existsSync(join(dir, 'osm'))).toBe(false);
  });
});
