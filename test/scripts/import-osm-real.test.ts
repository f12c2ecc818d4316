// `npm run import:osm` on real OpenStreetMap extracts nobody here wrote (provenance and ODbL
// attribution: test/fixtures/osm/real/README.md). Boundaries cut by the extract's edge, power
// lines with and without voltage, foreign names, a match table.
//
// How the expected counts were checked by hand, once (2026-12-03): every element of each file was
// read with osm-pbf-parser-node (the .bz2 with bzcat and a regex over the XML), and the objects of
// each kind were counted with tag tests written out from the OSM wiki, not with src/domain/osm;
// boundary member ways were looked up by id in the same file. Those tallies equal the numbers
// below, so nothing was dropped by clipping or simplification. The refused relations' missing
// member counts were compared with the same tally (e.g. Jardin Exotique: 6 of 7 ways present).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { MunicipalityCollection } from '../../src/domain/schema/municipality';
import { REAL_OSM_DIR } from '../helpers/real-osm';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tsx = (script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, env: { ...process.env, OVERPASS_URL: '' } });

function regionCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `parkatlas-real-${name}-`));
  cpSync(join(REAL_OSM_DIR, 'regions', name), dir, { recursive: true });
  return dir;
}
const readJson = (...parts: string[]) => JSON.parse(readFileSync(join(...parts), 'utf8'));
const geometryOf = (dir: string) =>
  Object.fromEntries(MunicipalityCollection.parse(readJson(dir, 'osm', 'municipalities.geojson')).features.map((f) => [f.properties.id, f.geometry.type]));

async function importInto(region: string, file: string, levels: string) {
  const dir = regionCopy(region);
  const { stdout } = await tsx('scripts/import-osm.ts', '--date', '2026-12-03', '--region', region, '--data-dir', dir, '--admin-level', levels, '--from', file);
  return { dir, stdout };
}

describe('Monaco, a Geofabrik .osm.pbf (2021): French names, quartiers cut by the extract, a match table', () => {
  let r: { dir: string; stdout: string };
  beforeAll(async () => {
    r = await importInto('monaco', join(REAL_OSM_DIR, 'monaco-latest.osm.pbf'), '8,10');
  }, 60_000);

  it('takes every feature of the layers, nothing dropped', () => {
    expect(r.stdout).toContain('320 infrastructure features (substation 1, road 296, rail_line 13, gas_pipeline 9, rail_station 1)');
    expect(r.stdout).toMatch(/Geometry: \d+ feature\(s\) simplified, 4 too small to simplify kept as they were/);
  });

  it('uses the 6 complete quartiers, by name and by the match table, and refuses the 8 cut relations', () => {
    expect(r.stdout).toContain('Boundaries: 14 read, 6 complete (6 matched), 8 refused as incomplete, 0 complete but unmatched.');
    expect(r.stdout).toContain(
      [
        'Refused, so these municipalities keep their centre point (3):',
        '  jardin-exotique: Jardin Exotique (relation/5986473): 1 of 7 member ways missing',
        '  les-moneghetti: Les Monegetti (relation/5986474): 1 of 4 member ways missing',
        '  sainte-devote: Sainte-Dévote (relation/5986475): 1 of 4 member ways missing',
      ].join('\n'),
    );
    expect(r.stdout).toContain('  Монако (relation/2220322): 3 of 26 member ways missing');
    expect(geometryOf(r.dir)).toEqual({
      fontvieille: 'Polygon',
      'monaco-ville': 'Polygon',
      'la-condamine': 'Polygon', // by the match table: "Condamine" is not OSM's "La Condamine"
      larvotto: 'MultiPolygon',
      'la-rousse': 'Polygon',
      'monte-carlo': 'Polygon',
      'jardin-exotique': 'Point',
      'les-moneghetti': 'Point',
      'sainte-devote': 'Point',
    });
    const sources = readFileSync(join(r.dir, 'SOURCES.md'), 'utf8');
    expect(sources).toContain('la-condamine by table');
    expect(sources).toContain('relation/5986473 (jardin-exotique)');
  });

  it('builds', async () => {
    const { stdout } = await tsx('scripts/build-data.ts', '--region', 'monaco', '--data-dir', r.dir, '--out', mkdtempSync(join(tmpdir(), 'parkatlas-real-out-')));
    expect(stdout).toContain('Data build OK for "monaco": 0 sites, 320 infrastructure features, 9 municipalities');
  }, 60_000);
});

describe('Moscow north, an OSM API download (.osm XML, 2013) read as .bz2, .gz and plain', () => {
  let bz2: { dir: string; stdout: string };
  beforeAll(async () => {
    bz2 = await importInto('moscow', join(REAL_OSM_DIR, 'moscow.osm.bz2'), '5,8');
  }, 60_000);

  it('takes both power lines, one of 110 kV and one of unknown voltage, and the old-style substations', () => {
    expect(bz2.stdout).toContain('45 infrastructure features (substation 3, rail_line 39, power_line 2, rail_station 1)');
    const lines = readJson(bz2.dir, 'osm', 'infrastructure.geojson').features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'power_line');
    expect(lines.map((f: { properties: { voltageKv?: number[] } }) => f.properties.voltageKv ?? null).sort()).toEqual([[110], null]);
  });

  it('refuses all 7 boundaries, every one cut by the download box; the districts keep their points', () => {
    expect(bz2.stdout).toContain('Boundaries: 7 read, 0 complete (0 matched), 7 refused as incomplete, 0 complete but unmatched.');
    expect(bz2.stdout).toContain('  timiryazevsky: Тимирязевский район (relation/445276): 7 of 8 member ways missing');
    expect(Object.values(geometryOf(bz2.dir))).toEqual(['Point', 'Point', 'Point', 'Point', 'Point']);
  });

  it('reads the same data from .osm.gz and from the plain .osm', async () => {
    const xml = readFileSync(join(REAL_OSM_DIR, 'moscow.osm.bz2'));
    expect(xml.subarray(0, 3).toString()).toBe('BZh');
    const tmp = mkdtempSync(join(tmpdir(), 'parkatlas-real-xml-'));
    const { default: Bunzip } = await import('seek-bzip');
    const plain = Bunzip.decode(xml, undefined, true);
    writeFileSync(join(tmp, 'moscow.osm'), plain);
    writeFileSync(join(tmp, 'moscow.osm.gz'), gzipSync(plain));
    for (const name of ['moscow.osm', 'moscow.osm.gz']) {
      const other = await importInto('moscow', join(tmp, name), '5,8');
      for (const file of ['osm/infrastructure.geojson', 'osm/municipalities.geojson']) {
        expect(readFileSync(join(other.dir, file), 'utf8'), `${name}: ${file}`).toBe(readFileSync(join(bz2.dir, file), 'utf8'));
      }
    }
  }, 60_000);
});

describe('Baltimore, a .osm.pbf cut with osmconvert (2015)', () => {
  it('takes the 8 power lines, 6 with a voltage and 2 without, and refuses the 4 cut boundaries', async () => {
    const r = await importInto('baltimore', join(REAL_OSM_DIR, 'baltimore.osm.pbf'), '6,8');
    expect(r.stdout).toContain('819 infrastructure features (substation 3, power_plant 1, airport 1, rail_station 2, road 434, rail_line 370, power_line 8)');
    expect(r.stdout).toContain('Boundaries: 4 read, 0 complete (0 matched), 4 refused as incomplete, 0 complete but unmatched.');
    const lines = readJson(r.dir, 'osm', 'infrastructure.geojson').features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'power_line');
    expect(lines.filter((f: { properties: { voltageKv?: number[] } }) => f.properties.voltageKv).length).toBe(6);
    expect(geometryOf(r.dir)).toEqual({ 'baltimore-city': 'Point', dundalk: 'Point' });
  }, 60_000);
});
