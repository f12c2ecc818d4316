// Municipal boundaries from OSM matched to the region's municipality records: by OKTMO tag first
// (the first 8 digits, the municipal formation's own code), else by name. Ambiguity is reported,
// never resolved by guessing.
import type { MultiPolygon, Polygon } from 'geojson';
import type { MunicipalityFeature } from '../schema/municipality';
import type { OsmTags } from './osm-types';

export interface OsmBoundary {
  /** "relation/123" */
  osmId: string;
  url: string;
  tags: OsmTags;
  geometry: Polygon | MultiPolygon;
}

export interface BoundaryMatch {
  municipalityId: string;
  geometry: Polygon | MultiPolygon;
  osmId: string;
  url: string;
  by: 'oktmo' | 'name';
}

export interface MatchResult {
  matched: BoundaryMatch[];
  /** OSM boundaries matching no record, as "name (relation/123)" (with the reason when ambiguous). */
  unmatched: string[];
  /** Records no OSM boundary matched: they keep their point. */
  withoutBoundary: string[];
}

type MunicipalityType = 'urban_okrug' | 'municipal_okrug';

/** Words that say what kind of unit a name is, not which one. */
const TYPE_WORDS = new Set(['городской', 'муниципальный', 'муниципальное', 'округ', 'район', 'город', 'г', 'го', 'мо', 'образование']);

function tokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'„“”‘’`]/g, ' ')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** "Юргинский городской округ", "городской округ «Юрга»" -> "юргинский", "юрга". */
export function normalizeMunicipalityName(name: string): string {
  return tokens(name)
    .filter((t) => !TYPE_WORDS.has(t))
    .join(' ');
}

/** The type a name states, if it states one ("… городской округ", "… район", "город …"). */
export function typeFromName(name: string): MunicipalityType | undefined {
  const t = new Set(tokens(name));
  if (t.has('городской') || t.has('город') || t.has('г') || t.has('го')) return 'urban_okrug';
  if (t.has('муниципальный') || t.has('район') || t.has('мо')) return 'municipal_okrug';
  return undefined;
}

/** The OKTMO of a boundary (first 8 digits) from `oktmo:user`, `ref:oktmo` or `oktmo`. */
export function oktmoOfTags(tags: OsmTags): string | undefined {
  for (const key of ['oktmo:user', 'ref:oktmo', 'oktmo']) {
    const digits = tags[key]?.replace(/\D/g, '');
    if (digits && digits.length >= 8) return digits.slice(0, 8);
  }
  return undefined;
}

export function boundaryName(tags: OsmTags): string {
  return (tags['name:ru'] ?? tags.name ?? tags.official_name ?? '').trim();
}

const label = (b: OsmBoundary) => `${boundaryName(b.tags) || '(no name)'} (${b.osmId})`;

function nameCandidates(b: OsmBoundary, records: readonly MunicipalityFeature[]): MunicipalityFeature[] {
  const names = [b.tags['name:ru'], b.tags.name, b.tags.official_name].filter((n): n is string => !!n);
  const keys = new Set(names.map(normalizeMunicipalityName).filter(Boolean));
  const type = names.map(typeFromName).find(Boolean);
  return records.filter((r) => {
    if (type && r.properties.type !== type) return false;
    if (keys.has(normalizeMunicipalityName(r.properties.name.ru))) return true;
    // "городской округ Юрга" names the centre town: only urban okrugs are named that way.
    return r.properties.type === 'urban_okrug' && keys.has(normalizeMunicipalityName(r.properties.centreName.ru));
  });
}

export function matchBoundaries(boundaries: readonly OsmBoundary[], records: readonly MunicipalityFeature[]): MatchResult {
  const taken = new Map<string, OsmBoundary>();
  const matched: BoundaryMatch[] = [];
  const unmatched: string[] = [];
  const take = (b: OsmBoundary, r: MunicipalityFeature, by: BoundaryMatch['by']) => {
    taken.set(r.properties.id, b);
    matched.push({ municipalityId: r.properties.id, geometry: b.geometry, osmId: b.osmId, url: b.url, by });
  };
  const byOktmo = new Map(records.filter((r) => r.properties.oktmo).map((r) => [r.properties.oktmo!.slice(0, 8), r]));
  const rest: OsmBoundary[] = [];
  for (const b of boundaries) {
    const code = oktmoOfTags(b.tags);
    const r = code ? byOktmo.get(code) : undefined;
    if (r && !taken.has(r.properties.id)) take(b, r, 'oktmo');
    else if (r) unmatched.push(`${label(b)}: OKTMO ${code} already matched ${taken.get(r.properties.id)!.osmId}`);
    else rest.push(b);
  }
  for (const b of rest) {
    const candidates = nameCandidates(b, records);
    const only = candidates.length === 1 ? candidates[0]! : undefined;
    // A name that fits two records is ambiguous even when one of them is taken already.
    if (only && !taken.has(only.properties.id)) take(b, only, 'name');
    else if (only) unmatched.push(`${label(b)}: ${only.properties.id} already matched ${taken.get(only.properties.id)!.osmId}`);
    else if (candidates.length) unmatched.push(`${label(b)}: name fits ${candidates.map((r) => r.properties.id).join(', ')}`);
    else unmatched.push(label(b));
  }
  const withoutBoundary = records.map((r) => r.properties.id).filter((id) => !taken.has(id));
  return { matched, unmatched, withoutBoundary };
}

/**
 * The municipality records with each matched OSM polygon as geometry. `centre` keeps the old
 * point; the OSM relation is added to `sources`. Unmatched records stay as they are.
 */
export function withBoundaries(
  records: readonly MunicipalityFeature[],
  matched: readonly BoundaryMatch[],
  accessed: string,
): MunicipalityFeature[] {
  const byId = new Map(matched.map((m) => [m.municipalityId, m]));
  return records.map((r) => {
    const m = byId.get(r.properties.id);
    if (!m) return r;
    const centre = r.properties.centre ?? (r.geometry.type === 'Point' ? r.geometry.coordinates : undefined);
    const sources = r.properties.sources.filter((s) => !s.title.startsWith('OpenStreetMap'));
    return {
      ...r,
      geometry: m.geometry as MunicipalityFeature['geometry'],
      properties: {
        ...r.properties,
        ...(centre ? { centre } : {}),
        sources: [...sources, { title: `OpenStreetMap, boundary ${m.osmId}`, url: m.url, accessed }],
        locationPrecision: 'exact',
      },
    };
  });
}
