// Result-list order. Unknown values always sort last, whatever the direction.
import type { FilterableSite } from './filters';
import { NEAR_TARGETS, type NearTarget } from './schema/vocabulary';

export type SortKey = 'name' | 'area' | `dist:${NearTarget}`;

export function parseSortKey(raw: string | null | undefined): SortKey | undefined {
  if (raw === 'name' || raw === 'area') return raw;
  const kind = raw?.startsWith('dist:') ? raw.slice(5) : undefined;
  return kind && (NEAR_TARGETS as readonly string[]).includes(kind) ? (raw as SortKey) : undefined;
}

export function sortSites(
  sites: readonly FilterableSite[],
  key: SortKey,
  nameOf: (id: string) => string,
  locale: string,
): FilterableSite[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: FilterableSite, b: FilterableSite) => collator.compare(nameOf(a.id), nameOf(b.id));
  if (key === 'name') return [...sites].sort(byName);
  const value =
    key === 'area'
      ? (s: FilterableSite) => (s.areaHa === undefined ? undefined : -s.areaHa) // largest first
      : (s: FilterableSite) => s.nearestKm[key.slice(5) as NearTarget]; // nearest first
  return [...sites].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) return va === vb ? byName(a, b) : va === undefined ? 1 : -1;
    return va - vb || byName(a, b);
  });
}
