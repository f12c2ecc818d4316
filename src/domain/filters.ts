// Site filters: the numbers are read once per site (toFilterable), then every filter is a few
// comparisons, so the list and the map are refiltered on each keystroke at any size.
import type { BuiltSiteFeature } from './schema/derived';
import { INFRA_KINDS, type InfraKind } from './schema/vocabulary';
import type { SiteKind, SiteStatus } from './schema/site';

export interface SiteFilter {
  status: readonly SiteStatus[];
  kind: readonly SiteKind[];
  mun: readonly string[];
  minArea?: number | undefined;
  maxArea?: number | undefined;
  minFree?: number | undefined;
  minMw?: number | undefined;
  near: Partial<Record<InfraKind, number>>;
  q?: string | undefined;
  /** Keep sites that have no data for an active numeric filter (they are marked "no data"). */
  keepNoData: boolean;
}

export const emptyFilter = (): SiteFilter => ({ status: [], kind: [], mun: [], near: {}, keepNoData: true });

export interface FilterableSite {
  id: string;
  status: SiteStatus;
  kind: SiteKind;
  municipalityId: string;
  /** Declared total area, else the area of the boundary; undefined when neither is known. */
  areaHa: number | undefined;
  freeAreaHa: number | undefined;
  electricityMw: number | undefined;
  nearestKm: Partial<Record<InfraKind, number>>;
  /** Lower-cased names and specialisation in both languages, for text search. */
  text: string;
}

/** One form for search: lower case, ё as е, quotes and dashes as spaces. */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'„“”‹›\-–—()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function toFilterable(site: BuiltSiteFeature): FilterableSite {
  const p = site.properties;
  const nearestKm: Partial<Record<InfraKind, number>> = {};
  for (const kind of INFRA_KINDS) {
    const hit = p.derived.nearest[kind];
    if (hit) nearestKm[kind] = hit.km;
  }
  return {
    id: p.id,
    status: p.status,
    kind: p.kind,
    municipalityId: p.derived.municipalityId,
    areaHa: p.land?.totalAreaHa?.value ?? p.derived.areaHa,
    freeAreaHa: p.land?.freeAreaHa?.value,
    electricityMw: p.utilities?.electricityMw?.capacity?.value,
    nearestKm,
    text: normalizeText([p.name.ru, p.name.en, p.specialisation?.ru, p.specialisation?.en].filter(Boolean).join(' ')),
  };
}

/** Which active numeric filters a site has no value for (shown as "no data" beside it). */
export function missingFor(site: FilterableSite, f: SiteFilter): string[] {
  const missing: string[] = [];
  if ((f.minArea !== undefined || f.maxArea !== undefined) && site.areaHa === undefined) missing.push('area');
  if (f.minFree !== undefined && site.freeAreaHa === undefined) missing.push('freeArea');
  if (f.minMw !== undefined && site.electricityMw === undefined) missing.push('electricity');
  for (const kind of Object.keys(f.near) as InfraKind[]) if (site.nearestKm[kind] === undefined) missing.push(`near:${kind}`);
  return missing;
}

function numberPasses(value: number | undefined, keep: boolean, min?: number, max?: number): boolean {
  if (min === undefined && max === undefined) return true;
  if (value === undefined) return keep;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** The words a search box query must all find in a site's text. */
export function searchWords(q: string | undefined): string[] {
  return q ? normalizeText(q).split(' ').filter(Boolean) : [];
}

/** A filter made ready once per run: search words normalised, distance limits listed. */
interface PreparedFilter {
  f: SiteFilter;
  words: string[];
  near: [InfraKind, number][];
}

function prepare(f: SiteFilter): PreparedFilter {
  return {
    f,
    words: searchWords(f.q),
    near: Object.entries(f.near) as [InfraKind, number][],
  };
}

function passes(site: FilterableSite, { f, words, near }: PreparedFilter): boolean {
  if (f.status.length && !f.status.includes(site.status)) return false;
  if (f.kind.length && !f.kind.includes(site.kind)) return false;
  if (f.mun.length && !f.mun.includes(site.municipalityId)) return false;
  if (!numberPasses(site.areaHa, f.keepNoData, f.minArea, f.maxArea)) return false;
  if (!numberPasses(site.freeAreaHa, f.keepNoData, f.minFree)) return false;
  if (!numberPasses(site.electricityMw, f.keepNoData, f.minMw)) return false;
  for (const [kind, km] of near) {
    if (!numberPasses(site.nearestKm[kind], f.keepNoData, undefined, km)) return false;
  }
  for (const w of words) if (!site.text.includes(w)) return false;
  return true;
}

export function applyFilter(sites: readonly FilterableSite[], f: SiteFilter): FilterableSite[] {
  const prepared = prepare(f);
  return sites.filter((s) => passes(s, prepared));
}

export function isFilterActive(f: SiteFilter): boolean {
  return (
    f.status.length + f.kind.length + f.mun.length > 0 ||
    [f.minArea, f.maxArea, f.minFree, f.minMw, f.q].some((v) => v !== undefined && v !== '') ||
    Object.keys(f.near).length > 0
  );
}
