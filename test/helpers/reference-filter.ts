// The reference filter: the plainest reading of a SiteFilter, site by site. The app filters with
// src/domain/filter-index.ts; a property test holds the two together and the filter benchmark
// times both against the floor. Not shipped: only tests and benchmarks use it.
import { MEASURES, NUMERIC_FIELDS } from '../../src/domain/filter-fields';
import { searchWords, type FilterableSite, type SiteFilter } from '../../src/domain/filters';
import type { InfraKind } from '../../src/domain/schema/vocabulary';

function numberPasses(value: number | undefined, keep: boolean, min?: number, max?: number): boolean {
  if (min === undefined && max === undefined) return true;
  if (value === undefined) return keep;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

export function applyFilter(sites: readonly FilterableSite[], f: SiteFilter): FilterableSite[] {
  const words = searchWords(f.q);
  const near = Object.entries(f.near) as [InfraKind, number][];
  return sites.filter((site) => {
    if (f.status.length && !f.status.includes(site.status)) return false;
    if (f.kind.length && !f.kind.includes(site.kind)) return false;
    if (f.mun.length && !f.mun.includes(site.municipalityId)) return false;
    for (const field of NUMERIC_FIELDS) {
      const bound = f[field.key];
      const value = site[MEASURES[field.measure].column];
      if (!numberPasses(value, f.keepNoData, field.bound === 'min' ? bound : undefined, field.bound === 'max' ? bound : undefined)) return false;
    }
    for (const [kind, km] of near) if (!numberPasses(site.nearestKm[kind], f.keepNoData, undefined, km)) return false;
    for (const w of words) if (!site.text.includes(w)) return false;
    return true;
  });
}
