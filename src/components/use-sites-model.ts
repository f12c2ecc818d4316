// Everything the investor views derive from the data and the link: filterable sites, the
// filtered and sorted set, names. Computed once per change, shared by map and list.
import { useMemo } from 'react';
import { isFilterActive, missingFor, nearTargetsIn, toFilterable, type FilterableSite, type MissingMark } from '../domain/filters';
import { applyFilterIndex, buildFilterIndex } from '../domain/filter-index';
import type { NearTarget } from '../domain/schema/vocabulary';
import type { BuiltSiteFeature } from '../domain/schema/derived';
import { roadmapYearOf, sitesInYear, withPlansPastDue, yearOfDate } from '../domain/roadmap';
import { sortSites } from '../domain/sort';
import { filterDependencies, filterFromUrl, type UrlState } from '../domain/url-state';
import { localized, type Lang } from '../i18n/lang';
import type { LoadedRegion } from '../io/load-region';

export interface SitesModel {
  /** The roadmap year the model shows the region in (the link's, else the data's). */
  year: number;
  /** The sites that year, each with its status then (roadmap.ts `sitesInYear`). */
  all: FilterableSite[];
  shown: FilterableSite[];
  /** The shown sites as that year shows them: what the map, list and overview draw. */
  shownFeatures: BuiltSiteFeature[];
  /** The shown sites as recorded: what is exported (the file is the data; the year is a reading of it). */
  shownRecords: BuiltSiteFeature[];
  /** Every site as recorded, whatever the year: passports and comparisons read the record. */
  byId: Map<string, BuiltSiteFeature>;
  /** The ids of the sites with a plan past due in the year: the list flags them. */
  pastDue: ReadonlySet<string>;
  nameOf: (id: string) => string;
  municipalityName: (id: string) => string | undefined;
  missing: (s: FilterableSite) => MissingMark[];
  /** What sites have distances to (kinds, power lines by voltage class): the distance filters and sorts. */
  nearTargets: NearTarget[];
  municipalitiesWithSites: { id: string; name: string }[];
}

/**
 * What depends on the dataset alone, once per dataset object: the build renders a page per site
 * and language from one dataset (useMemo lives for one render there), the app one for its life.
 */
interface DatasetModel {
  all: FilterableSite[];
  index: ReturnType<typeof buildFilterIndex>;
  byId: Map<string, BuiltSiteFeature>;
  /** Results that depend on the dataset and a language (and sort) only, by that key. */
  byKey: Map<string, unknown>;
}
const perDataset = new WeakMap<LoadedRegion, DatasetModel>();
const once = <T>(model: DatasetModel, key: string, make: () => T): T => {
  if (!model.byKey.has(key)) model.byKey.set(key, make());
  return model.byKey.get(key) as T;
};
function datasetModel(data: LoadedRegion) {
  let model = perDataset.get(data);
  if (!model) {
    const all = data.sites.map(toFilterable);
    // Columns built once per dataset; every filter change is then a loop over numbers.
    model = { all, index: buildFilterIndex(all), byId: new Map(data.sites.map((s) => [s.properties.id, s])), byKey: new Map() };
    perDataset.set(data, model);
  }
  return model;
}

/** The region as `year` shows it, one object per dataset and year (the data itself when the year changes nothing). */
const perYear = new WeakMap<LoadedRegion, Map<number, LoadedRegion>>();
function regionInYear(data: LoadedRegion, year: number): LoadedRegion {
  const years = perYear.get(data) ?? new Map<number, LoadedRegion>();
  perYear.set(data, years);
  let inYear = years.get(year);
  if (!inYear) {
    const sites = sitesInYear(data.sites, year, yearOfDate(data.region.dataDate));
    inYear = sites === data.sites ? data : { ...data, sites: [...sites] };
    years.set(year, inYear);
  }
  return inYear;
}

/** The features of a shown list, one array per list: the whole set's list is itself kept per dataset. */
const shownFeatureLists = new WeakMap<FilterableSite[], BuiltSiteFeature[]>();
function featuresOf(shown: FilterableSite[], byId: Map<string, BuiltSiteFeature>): BuiltSiteFeature[] {
  let features = shownFeatureLists.get(shown);
  if (!features) {
    features = shown.map((s) => byId.get(s.id)!);
    shownFeatureLists.set(shown, features);
  }
  return features;
}

export function useSitesModel(data: LoadedRegion, url: UrlState, lang: Lang): SitesModel {
  const year = roadmapYearOf(url.year, data.region.dataDate);
  const dataset = datasetModel(regionInYear(data, year));
  const { all, index } = dataset;
  const recorded = datasetModel(data);
  const { byId } = recorded;
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
  const shown = useMemo(() => {
    const sort = () => sortSites(applyFilterIndex(index, filter), url.sort ?? 'name', names.nameOf, lang === 'en' ? 'en' : 'ru');
    // The whole set in one order is the same list every time (every page the build writes).
    return isFilterActive(filter) ? sort() : once(dataset, `shown:${lang}:${url.sort ?? 'name'}`, sort);
  }, [dataset, index, filter, url.sort, names, lang]);
  const nearTargets = useMemo(() => nearTargetsIn(all), [all]);
  const municipalitiesWithSites = useMemo(
    () =>
      once(dataset, `municipalities:${lang}`, () => {
        const ids = new Set(all.map((s) => s.municipalityId));
        const collator = new Intl.Collator(lang);
        return [...ids].map((id) => ({ id, name: names.municipalityName(id) ?? id })).sort((a, b) => collator.compare(a.name, b.name));
      }),
    [dataset, all, names, lang],
  );
  const shownFeatures = useMemo(() => featuresOf(shown, dataset.byId), [shown, dataset]);
  // Every site's events, read once per dataset and year (the build renders 4,000 pages of one year).
  const pastDue = once(recorded, `pastDue:${year}`, () => withPlansPastDue(data.sites.map((s) => s.properties), year));
  return {
    year,
    all,
    shown,
    shownFeatures,
    shownRecords: useMemo(() => (dataset.byId === byId ? shownFeatures : shown.map((s) => byId.get(s.id)!)), [shownFeatures, shown, dataset, byId]),
    byId,
    pastDue,
    ...names,
    missing: (s) => missingFor(s, filter),
    nearTargets,
    municipalitiesWithSites,
  };
}
