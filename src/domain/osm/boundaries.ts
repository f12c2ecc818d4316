// Municipal boundaries from OSM matched to the region's municipality records: by the region's
// match table first, then by OKTMO (the first 8 digits, the municipal formation's own code), then
// by any of the names OSM gives (name, name:ru, name:en, official_name, a non-numeric ref) against
// the record's Russian and English names. Ambiguity is reported, never resolved by guessing.
import type { MultiPolygon, Polygon } from 'geojson';
import type { MunicipalityFeature } from '../schema/municipality';
import type { OsmTags } from './osm-types';
import type { Completeness } from './relation-completeness';

export interface OsmBoundary {
  /** "relation/123" */
  osmId: string;
  url: string;
  tags: OsmTags;
  /** Absent when the relation is refused: incomplete in the data it came from. */
  geometry?: Polygon | MultiPolygon;
  completeness: Completeness;
}

/** How a boundary was tied to its record, strongest first. */
export const MATCH_KINDS = ['table', 'oktmo', 'name'] as const;
export type MatchBy = (typeof MATCH_KINDS)[number];

export interface BoundaryMatch {
  municipalityId: string;
  geometry: Polygon | MultiPolygon;
  osmId: string;
  url: string;
  by: MatchBy;
}

export interface RefusedBoundary {
  osmId: string;
  name: string;
  completeness: Completeness;
  /** The record it matched: that municipality keeps its centre point. */
  municipalityId?: string;
}

export interface MatchResult {
  matched: BoundaryMatch[];
  /** Incomplete relations, never used for a polygon. */
  refused: RefusedBoundary[];
  /** Complete OSM boundaries tied to no record, as "name (relation/123)", with the reason when ambiguous. */
  unmatched: string[];
  /** Match-table entries whose relation is not among the boundaries read. */
  tableUnused: string[];
  /** Records no complete OSM boundary matched: they keep their point. */
  withoutBoundary: string[];
}

/** The region's match table (osm-match.json): municipality id -> OSM relation id. It wins over every tag. */
export type MatchTable = Readonly<Record<string, number>>;

type MunicipalityType = 'urban_okrug' | 'municipal_okrug';

/** Words that say what kind of unit a name is, not which one. */
const TYPE_WORDS = new Set([
  ...['городской', 'муниципальный', 'муниципальное', 'округ', 'район', 'город', 'г', 'го', 'мо', 'образование'],
  ...['urban', 'municipal', 'okrug', 'district', 'rayon', 'raion', 'city', 'town'],
]);

function tokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    // "Sainte-Dévote" and "Sainte-Devote" are one name; Cyrillic letters are left as they are.
    .replace(/[\u00C0-\u024F]/g, (c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
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
  if (t.has('городской') || t.has('город') || t.has('г') || t.has('го') || t.has('urban') || t.has('city')) return 'urban_okrug';
  if (t.has('муниципальный') || t.has('район') || t.has('мо') || t.has('municipal') || t.has('district')) return 'municipal_okrug';
  return undefined;
}

/** The OKTMO of a boundary (first 8 digits) from `oktmo:user`, `ref:oktmo`, `oktmo` or an all-digit `ref`. */
export function oktmoOfTags(tags: OsmTags): string | undefined {
  for (const [key, value] of Object.entries(tags)) {
    const k = key.toLowerCase();
    if (k !== 'oktmo:user' && k !== 'ref:oktmo' && k !== 'oktmo' && !(k === 'ref' && /^\d{8}(\d{3})?$/.test(value.trim()))) continue;
    const digits = value.replace(/\D/g, '');
    if (digits.length >= 8) return digits.slice(0, 8);
  }
  return undefined;
}

export function boundaryName(tags: OsmTags): string {
  return (tags['name:ru'] ?? tags.name ?? tags.official_name ?? '').trim();
}

const label = (b: OsmBoundary) => `${boundaryName(b.tags) || '(no name)'} (${b.osmId})`;

/** Every name OSM gives a boundary; a `ref` that is not an OKTMO code is a name too ("САО"). */
function osmNames(tags: OsmTags): string[] {
  const ref = tags.ref && !/^\d+$/.test(tags.ref.trim()) ? tags.ref : undefined;
  return [tags['name:ru'], tags.name, tags['name:en'], tags.official_name, ref].filter((n): n is string => !!n?.trim());
}

function recordNames(r: MunicipalityFeature): string[] {
  const p = r.properties;
  const own = [p.name.ru, p.name.en];
  // "городской округ Юрга" names the centre town: only urban okrugs are named that way.
  const centre = p.type === 'urban_okrug' ? [p.centreName.ru, p.centreName.en] : [];
  return [...own, ...centre].filter((n): n is string => !!n).map(normalizeMunicipalityName).filter(Boolean);
}

function nameCandidates(b: OsmBoundary, records: readonly MunicipalityFeature[]): MunicipalityFeature[] {
  const names = osmNames(b.tags);
  const keys = new Set(names.map(normalizeMunicipalityName).filter(Boolean));
  const type = names.map(typeFromName).find(Boolean);
  return records.filter((r) => (!type || r.properties.type === type) && recordNames(r).some((n) => keys.has(n)));
}

/** The records a boundary could be, by the strongest kind of evidence that names any. */
function candidates(b: OsmBoundary, records: readonly MunicipalityFeature[], table: MatchTable): { by: MatchBy; ids: string[] } | undefined {
  const relationId = Number(b.osmId.split('/')[1]);
  const fromTable = Object.keys(table).filter((id) => table[id] === relationId);
  if (fromTable.length) return { by: 'table', ids: fromTable };
  // A record the table ties to another relation is no longer open to tags.
  const open = records.filter((r) => !(r.properties.id in table));
  const code = oktmoOfTags(b.tags);
  const byCode = code ? open.filter((r) => r.properties.oktmo?.slice(0, 8) === code) : [];
  if (byCode.length) return { by: 'oktmo', ids: byCode.map((r) => r.properties.id) };
  const byName = nameCandidates(b, open);
  return byName.length ? { by: 'name', ids: byName.map((r) => r.properties.id) } : undefined;
}

export function matchBoundaries(
  boundaries: readonly OsmBoundary[],
  records: readonly MunicipalityFeature[],
  table: MatchTable = {},
): MatchResult {
  const unmatched: string[] = [];
  const refused = new Map<OsmBoundary, RefusedBoundary>();
  for (const b of boundaries) {
    if (!b.geometry) refused.set(b, { osmId: b.osmId, name: boundaryName(b.tags), completeness: b.completeness });
  }
  const note = (b: OsmBoundary, text: string) => void (b.geometry ? unmatched.push(text) : undefined);

  const claims = new Map<string, { b: OsmBoundary; by: MatchBy }[]>();
  for (const b of boundaries) {
    const c = candidates(b, records, table);
    if (!c) note(b, label(b));
    else if (c.ids.length > 1) note(b, `${label(b)}: ${c.by} fits ${c.ids.join(', ')}`);
    else claims.set(c.ids[0]!, [...(claims.get(c.ids[0]!) ?? []), { b, by: c.by }]);
  }

  const matched: BoundaryMatch[] = [];
  const rank = (by: MatchBy) => MATCH_KINDS.indexOf(by);
  for (const [id, list] of claims) {
    const best = Math.min(...list.map((c) => rank(c.by)));
    const top = list.filter((c) => rank(c.by) === best);
    const winner = top.length === 1 ? top[0]! : undefined;
    for (const c of list) {
      if (c === winner) continue;
      const others = top.filter((o) => o !== c).map((o) => o.b.osmId);
      note(c.b, winner ? `${label(c.b)}: ${id} is ${winner.b.osmId} by ${winner.by}` : `${label(c.b)}: ${c.by} fits ${id}, as ${others.join(', ')} does`);
    }
    if (!winner) continue;
    const r = refused.get(winner.b);
    if (r) r.municipalityId = id;
    else matched.push({ municipalityId: id, geometry: winner.b.geometry!, osmId: winner.b.osmId, url: winner.b.url, by: winner.by });
  }

  const read = new Set(boundaries.map((b) => b.osmId));
  const tableUnused = Object.entries(table)
    .filter(([, rel]) => !read.has(`relation/${rel}`))
    .map(([id, rel]) => `${id} -> relation/${rel}`);
  const used = new Set(matched.map((m) => m.municipalityId));
  const withoutBoundary = records.map((r) => r.properties.id).filter((id) => !used.has(id));
  return { matched, refused: [...refused.values()], unmatched, tableUnused, withoutBoundary };
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
