// The shipped Kuzbass files as a mutable in-memory copy, so a test can break exactly one thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KUZBASS_DIR = join(import.meta.dirname, '..', '..', 'data', 'regions', 'kuzbass');
const NAMES = ['region.json', 'sites.geojson', 'infrastructure.geojson', 'municipalities.geojson'];

export type RegionFiles = Record<string, unknown>;

export function kuzbassFiles(): RegionFiles {
  return Object.fromEntries(NAMES.map((n) => [n, JSON.parse(readFileSync(join(KUZBASS_DIR, n), 'utf8'))]));
}

export const reader = (files: RegionFiles) => (name: string) => {
  const value = files[name];
  if (value === undefined) throw new Error(`ENOENT: ${name}`);
  return typeof value === 'string' ? value : JSON.stringify(value);
};

// Loose accessors for breaking fixtures in tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
export const sitesOf = (files: RegionFiles): Loose[] => (files['sites.geojson'] as Loose).features;
