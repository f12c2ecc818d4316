// Everything the investor views derive from the data and the link: filterable sites, the
// filtered and sorted set, names. Computed once per change, shared by map and list.
import { useMemo } from 'react';
import { missingFor, nearTargetsIn, toFilterable, type FilterableSite, type MissingMark } from '../domain/filters';
import { applyFilterIndex, buildFilterIndex } from '../domain/filter-index';
import type { NearTarget } from '../domain/schema/vocabulary';
import type { BuiltSiteFeature } from '../domain/schema/derived';
import { sortSites } from '../domain/sort';
import { filterDependencies, filterFromUrl, type UrlState } from '../domain/url-state';
import { localized, type Lang } from '../i18n/lang';
import type { LoadedRegion } from '../io/load-region';

export interface SitesModel {
  all: FilterableSite[];
  shown: FilterableSite[];
  shownFeatures: BuiltSiteFeature[];
  byId: Map<string, BuiltSiteFeature>;
  nameOf: (id: string) => string;
  municipalityName: (id: string) => string | undefined;
  missing: (s: FilterableSite) => MissingMark[];
  /** What sites have distances to (kinds, power lines by voltage class): the distance filters and sorts. */
  nearTargets: NearTarget[];
  municipalitiesWithSites: { id: string; name: string }[];
}

export function useSitesModel(data: LoadedRegion, url: UrlState, lang: Lang): SitesModel {
  const all = useMemo(() => data.sites.map(toFilterable), [data]);
  // Columns built once per dataset; every filter change is then a loop over numbers.
  const index = useMemo(() => buildFilterIndex(all), [all]);
  const byId = useMemo(() => new Map(data.sites.map((s) => [s.properties.id, s])), [data]);
  const names = useMemo(() => {
    const municipalities = new Map(data.municipalities.map((m) => [m.properties.id, m.properties.name]));
    const municipalityName = (id: string) => {
      const n = municipalities.get(id);
      return n && localized(n, lang);
    };
    const nameOf = (id: string) => {
      const s = byId.get(id);
      return s ? localized(s.properties.name, lang) : id;
    };
    return { municipalityName, nameOf };
  }, [data, byId, lang]);
  // Only the filter's own members (the filter table's): a pan or zoom changes the link's view,
  // not the shown set, so not `url` itself.
  const filter = useMemo(() => filterFromUrl(url), filterDependencies(url));
  const shown = useMemo(
    () => sortSites(applyFilterIndex(index, filter), url.sort ?? 'name', names.nameOf, lang === 'en' ? 'en' : 'ru'),
    [index, filter, url.sort, names, lang],
  );
  const nearTargets = useMemo(() => nearTargetsIn(all), [all]);
  const municipalitiesWithSites = useMemo(() => {
    const ids = new Set(all.map((s) => s.municipalityId));
    return [...ids]
      .map((id) => ({ id, name: names.municipalityName(id) ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
  }, [all, names, lang]);
  return {
    all,
    shown,
    shownFeatures: useMemo(() => shown.map((s) => byId.get(s.id)!), [shown, byId]),
    byId,
    ...names,
    missing: (s) => missingFor(s, filter),
    nearTargets,
    municipalitiesWithSites,
  };
}
