// What the import reads from and writes to a region folder. The curated files stay untouched:
// OSM output goes to <data-dir>/osm/, and region.json `files` is pointed at the merged files.
// osm/import.json remembers which files were the curated ones, so a second import starts from
// them again instead of merging OSM into OSM.
import * as z from 'zod';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkRegion } from '../../src/domain/data/check-region';
import type { DataProblem } from '../../src/domain/data/format-issues';
import { loadRegion } from '../../src/domain/data/region-data';
import { InfraCollection, type InfraFeature } from '../../src/domain/schema/infrastructure';
import { MunicipalityCollection } from '../../src/domain/schema/municipality';
import { RegionConfig } from '../../src/domain/schema/region';
import type { MatchTable } from '../../src/domain/osm/boundaries';
import { OSM_ATTRIBUTION } from '../../src/domain/osm/sources-section';

export const OSM_FILES = {
  infrastructure: 'osm/infrastructure.geojson',
  merged: 'osm/infrastructure.merged.geojson',
  municipalities: 'osm/municipalities.geojson',
  manifest: 'osm/import.json',
} as const;

/** Optional, in the region folder: municipality id -> OSM relation id, for names that do not match. */
export const MATCH_TABLE_FILE = 'osm-match.json';

const MatchTableFile = z.record(z.string(), z.number().int('an OSM relation id is a whole number').positive('an OSM relation id is positive'));

export interface RegionFolder {
  dir: string;
  /** region.json as written (key order kept when we write it back). */
  raw: Record<string, unknown>;
  region: RegionConfig;
  curated: { infrastructure: string; municipalities: string };
  curatedInfrastructure: InfraFeature[];
  municipalities: MunicipalityCollection;
  matchTable: MatchTable;
}

export class RegionError extends Error {}

function readJson(dir: string, name: string): unknown {
  const path = join(dir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new RegionError(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

function parse<S extends z.ZodType>(schema: S, dir: string, name: string, hint = '; run `npm run data` for the full list'): z.infer<S> {
  const result = schema.safeParse(readJson(dir, name));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new RegionError(`${join(dir, name)} is not valid (${issue.path.join('.') || '(root)'}: ${issue.message})${hint}`);
  }
  return result.data;
}

export function readRegionFolder(dir: string): RegionFolder {
  const raw = readJson(dir, 'region.json') as Record<string, unknown>;
  const region = parse(RegionConfig, dir, 'region.json');
  let curated = { infrastructure: region.files.infrastructure, municipalities: region.files.municipalities };
  const manifestPath = join(dir, OSM_FILES.manifest);
  if (existsSync(manifestPath)) {
    const manifest = readJson(dir, OSM_FILES.manifest) as { curated?: typeof curated };
    if (manifest.curated?.infrastructure && manifest.curated.municipalities) curated = manifest.curated;
  }
  // Never treat our own output as curated, whatever region.json or the manifest say.
  const infra = parse(InfraCollection, dir, curated.infrastructure);
  const curatedInfrastructure = infra.features.filter((f) => !f.properties.id.startsWith('osm-'));
  const municipalities = parse(MunicipalityCollection, dir, curated.municipalities);
  const matchTable = existsSync(join(dir, MATCH_TABLE_FILE)) ? readMatchTable(dir, municipalities) : {};
  return { dir, raw, region, curated, curatedInfrastructure, municipalities, matchTable };
}

/** The match table, refused whole when an entry names no municipality or two share a relation. */
function readMatchTable(dir: string, municipalities: MunicipalityCollection): MatchTable {
  const table = parse(MatchTableFile, dir, MATCH_TABLE_FILE, '; write it {"municipality-id": relation id, ...}');
  const path = join(dir, MATCH_TABLE_FILE);
  const ids = new Set(municipalities.features.map((f) => f.properties.id));
  const unknown = Object.keys(table).filter((id) => !ids.has(id));
  if (unknown.length) throw new RegionError(`${path}: no municipality with id ${unknown.join(', ')} (ids are those of municipalities.geojson)`);
  const byRelation = new Map<number, string[]>();
  for (const [id, rel] of Object.entries(table)) byRelation.set(rel, [...(byRelation.get(rel) ?? []), id]);
  const shared = [...byRelation].filter(([, list]) => list.length > 1);
  if (shared.length) throw new RegionError(`${path}: relation ${shared[0]![0]} is given to ${shared[0]![1].join(' and ')}; one relation is one municipality`);
  return table;
}

/** GeoJSON with one feature per line: small diffs, still one JSON document. */
export function featureCollectionText(features: readonly unknown[]): string {
  if (!features.length) return '{"type":"FeatureCollection","features":[]}\n';
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function updatedRegionJson(folder: RegionFolder): Record<string, unknown> {
  const attribution = [...folder.region.attribution];
  if (!attribution.some((a) => a.includes('OpenStreetMap contributors'))) attribution.push(OSM_ATTRIBUTION);
  return {
    ...folder.raw,
    attribution,
    files: { ...folder.region.files, infrastructure: OSM_FILES.merged, municipalities: OSM_FILES.municipalities },
  };
}

/** The data build's own load and cross-file checks, run on the new files before any is written. */
export function checkNewFiles(dir: string, files: Record<string, string>): DataProblem[] {
  const { data, problems } = loadRegion((name) => files[name] ?? readFileSync(join(dir, name), 'utf8'));
  return data ? checkRegion(data) : problems;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
