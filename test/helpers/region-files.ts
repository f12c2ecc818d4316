// Region files as a mutable in-memory copy, so a test can break exactly one thing. Two regions:
// the frozen fixture (test/fixtures/regions/frozen: for every test not about the real data) and
// the shipped Kuzbass data (for tests about it: it validates and builds).
import { existsSync, readFileSync } from 'node:fs';
import { CONTEXT_FILES } from '../../src/domain/data/context-files';
import { join } from 'node:path';

export const KUZBASS_DIR = join(import.meta.dirname, '..', '..', 'data', 'regions', 'kuzbass');
export const FIXTURE_REGION_DIR = join(import.meta.dirname, '..', 'fixtures', 'regions', 'frozen');
const NAMES = ['region.json', 'sites.geojson', 'infrastructure.geojson', 'municipalities.geojson'];

export type RegionFiles = Record<string, unknown>;

const filesIn = (dir: string): RegionFiles =>
  Object.fromEntries([...NAMES, ...Object.values(CONTEXT_FILES)].filter((n) => existsSync(join(dir, n))).map((n) => [n, JSON.parse(readFileSync(join(dir, n), 'utf8'))]));

/** The shipped Kuzbass data, as it is today. */
export const kuzbassFiles = (): RegionFiles => filesIn(KUZBASS_DIR);
/** The frozen fixture region (a copy of Kuzbass at 2026-12-03 that never changes). */
export const fixtureRegionFiles = (): RegionFiles => filesIn(FIXTURE_REGION_DIR);

export const reader = (files: RegionFiles) => (name: string) => {
  const value = files[name];
  if (value === undefined) throw new Error(`ENOENT: ${name}`);
  return typeof value === 'string' ? value : JSON.stringify(value);
};

// Loose accessors for breaking fixtures in tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
export const sitesOf = (files: RegionFiles): Loose[] => (files['sites.geojson'] as Loose).features;
