// Site filters: the numbers are read once per site (toFilterable), then every filter change is a
// loop over typed columns (filter-index.ts). Which fields exist is the filter table's business
// (filter-fields.ts); this file holds what a filter and a filterable site are.
import { MEASURES, NUMERIC_FIELDS, type MeasureColumn, type MeasureId, type NumericKey } from './filter-fields';
import type { BuiltSiteFeature } from './schema/derived';
import { NEAR_TARGETS, type NearTarget } from './schema/vocabulary';
import type { SiteKind, SiteStatus } from './schema/site';

export type SiteFilter = {
  status: readonly SiteStatus[];
  kind: readonly SiteKind[];
  mun: readonly string[];
  /** Greatest distance in km to each target (`near=power_line_110:5`). */
  near: Partial<Record<NearTarget, number>>;
  q?: string | undefined;
  /** Keep sites that have no data for an active numeric filter (they are marked "no data"). */
  keepNoData: boolean;
} & { [K in NumericKey]?: number | undefined };

export const emptyFilter = (): SiteFilter => ({ status: [], kind: [], mun: [], near: {}, keepNoData: true });

export type FilterableSite = {
  id: string;
  status: SiteStatus;
  kind: SiteKind;
  municipalityId: string;
  nearestKm: Partial<Record<NearTarget, number>>;
  /** Lower-cased names and specialisation in both languages, for text search. */
  text: string;
} & { [C in MeasureColumn]?: number | undefined };

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
  const nearestKm: Partial<Record<NearTarget, number>> = {};
  for (const kind of NEAR_TARGETS) {
    const hit = p.derived.nearest[kind];
    if (hit) nearestKm[kind] = hit.km;
  }
  const measured = {} as Record<MeasureColumn, number | undefined>;
  for (const m of Object.values(MEASURES)) measured[m.column] = m.read(p);
  return {
    id: p.id,
    status: p.status,
    kind: p.kind,
    municipalityId: p.derived.municipalityId,
    ...measured,
    nearestKm,
    text: normalizeText([p.name.ru, p.name.en, p.specialisation?.ru, p.specialisation?.en].filter(Boolean).join(' ')),
  };
}

/** The targets some site has a distance to, in panel order: what the distance filters offer. */
export function nearTargetsIn(sites: readonly FilterableSite[]): NearTarget[] {
  return NEAR_TARGETS.filter((t) => sites.some((s) => s.nearestKm[t] !== undefined));
}

/** A "no data" mark: a measure of the filter table, or `near:<target>`. */
export type MissingMark = MeasureId | `near:${NearTarget}`;

/** Which active filters a site has no value for (shown as "no data" beside it). */
export function missingFor(site: FilterableSite, f: SiteFilter): MissingMark[] {
  const missing = new Set<MissingMark>();
  for (const field of NUMERIC_FIELDS) {
    if (f[field.key] !== undefined && site[MEASURES[field.measure].column] === undefined) missing.add(field.measure);
  }
  for (const kind of Object.keys(f.near) as NearTarget[]) if (site.nearestKm[kind] === undefined) missing.add(`near:${kind}`);
  return [...missing];
}

/** The words a search box query must all find in a site's text. */
export function searchWords(q: string | undefined): string[] {
  return q ? normalizeText(q).split(' ').filter(Boolean) : [];
}

export function isFilterActive(f: SiteFilter): boolean {
  return (
    f.status.length + f.kind.length + f.mun.length > 0 ||
    NUMERIC_FIELDS.some((field) => f[field.key] !== undefined) ||
    (f.q !== undefined && f.q !== '') ||
    Object.keys(f.near).length > 0
  );
}
