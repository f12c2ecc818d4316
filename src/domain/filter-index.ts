// The filters over typed columns built once per dataset: each filter change is then a tight
// loop over numbers, as fast as the bare loop the benchmark calls the floor. Same answers as
// the reference applyFilter (test/helpers/reference-filter.ts), in the same order; a property
// test holds them together. Numeric columns come from the filter table (filter-fields.ts).
import { MEASURES, NUMERIC_FIELDS, type MeasureColumn } from './filter-fields';
import { searchWords, type FilterableSite, type SiteFilter } from './filters';
import { NEAR_TARGETS, type NearTarget } from './schema/vocabulary';
import { SITE_KINDS, SITE_STATUSES } from './schema/site';

export interface FilterIndex {
  sites: readonly FilterableSite[];
  status: Uint8Array;
  kind: Uint8Array;
  mun: Int32Array;
  munIds: Map<string, number>;
  /** Per measured value, NaN where it is unknown. */
  measures: Map<MeasureColumn, Float64Array>;
  near: Map<NearTarget, Float64Array>;
}

const column = (sites: readonly FilterableSite[], read: (s: FilterableSite) => number | undefined) =>
  Float64Array.from(sites, (s) => read(s) ?? NaN);

export function buildFilterIndex(sites: readonly FilterableSite[]): FilterIndex {
  const munIds = new Map<string, number>();
  for (const s of sites) if (!munIds.has(s.municipalityId)) munIds.set(s.municipalityId, munIds.size);
  const near = new Map<NearTarget, Float64Array>();
  for (const kind of NEAR_TARGETS) near.set(kind, column(sites, (s) => s.nearestKm[kind]));
  return {
    sites,
    status: Uint8Array.from(sites, (s) => SITE_STATUSES.indexOf(s.status)),
    kind: Uint8Array.from(sites, (s) => SITE_KINDS.indexOf(s.kind)),
    mun: Int32Array.from(sites, (s) => munIds.get(s.municipalityId)!),
    munIds,
    measures: new Map(Object.values(MEASURES).map((m) => [m.column, column(sites, (s) => s[m.column])])),
    near,
  };
}

/** A set of allowed codes as a lookup table; undefined when the filter allows everything. */
function allowed<T>(all: readonly T[], on: readonly T[]): Uint8Array | undefined {
  return on.length ? Uint8Array.from(all, (v) => (on.includes(v) ? 1 : 0)) : undefined;
}

interface Range {
  values: Float64Array;
  min: number;
  max: number;
}

export function applyFilterIndex(index: FilterIndex, f: SiteFilter): FilterableSite[] {
  const { sites } = index;
  const status = allowed(SITE_STATUSES, f.status);
  const kind = allowed(SITE_KINDS, f.kind);
  // One pass over the chosen ids: a region of 2,500 municipalities with 800 chosen made the
  // includes() per municipality cost 25× the floor (bench scale).
  let mun: Uint8Array | undefined;
  if (f.mun.length) {
    mun = new Uint8Array(index.munIds.size);
    for (const id of f.mun) {
      const i = index.munIds.get(id);
      if (i !== undefined) mun[i] = 1;
    }
  }
  const ranges: Range[] = [];
  const range = (values: Float64Array, min?: number, max?: number) => {
    if (min !== undefined || max !== undefined) ranges.push({ values, min: min ?? -Infinity, max: max ?? Infinity });
  };
  for (const field of NUMERIC_FIELDS) {
    const bound = f[field.key];
    if (bound === undefined) continue;
    const values = index.measures.get(MEASURES[field.measure].column)!;
    range(values, field.bound === 'min' ? bound : undefined, field.bound === 'max' ? bound : undefined);
  }
  for (const [k, km] of Object.entries(f.near) as [NearTarget, number][]) range(index.near.get(k)!, undefined, km);
  const words = searchWords(f.q);
  const keep = f.keepNoData;

  const out: FilterableSite[] = [];
  outer: for (let i = 0; i < sites.length; i++) {
    if (status && !status[index.status[i]!]) continue;
    if (kind && !kind[index.kind[i]!]) continue;
    if (mun && !mun[index.mun[i]!]) continue;
    for (const r of ranges) {
      const v = r.values[i]!;
      // Unknown (NaN) passes only when "no data" is kept; a known value must be in range.
      if (v !== v ? !keep : v < r.min || v > r.max) continue outer;
    }
    if (words.length) {
      const text = sites[i]!.text;
      for (const w of words) if (!text.includes(w)) continue outer;
    }
    out.push(sites[i]!);
  }
  return out;
}
