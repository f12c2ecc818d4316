// The filter table: every site filter field once, with its URL parameter, the value it reads,
// its bound, its panel label and its "no data" mark. The URL parser and serialiser, the filter
// index, the "no data" marks, the embed snippet, the filter panel and the hook's dependencies
// all read this table. A new numeric filter is one MEASURES entry (if it reads a new value),
// one NUMERIC_FIELDS entry, and its label in src/i18n/investor-messages.ts (docs/architecture.md).
import type { BuiltSiteFeature } from './schema/derived';

/** A number of a site that numeric filters compare. `undefined` = unknown ("no data"). */
interface Measure {
  /** The FilterableSite member the value is kept in (and the filter index's column). */
  column: string;
  /** Message key of its name in the filter panel (src/i18n). */
  label: string;
  /** Message key of its name in the "no data for …" mark beside a site the filter cannot judge. */
  field: string;
  read: (site: BuiltSiteFeature['properties']) => number | undefined;
}

export const MEASURES = {
  /** Declared total area, else the area of the boundary. */
  area: { column: 'areaHa', label: 'filterArea', field: 'fieldTotalArea', read: (p) => p.land?.totalAreaHa?.value ?? p.derived.areaHa },
  freeArea: { column: 'freeAreaHa', label: 'filterFreeArea', field: 'fieldFreeArea', read: (p) => p.land?.freeAreaHa?.value },
  electricity: { column: 'electricityMw', label: 'filterMw', field: 'fieldElectricity', read: (p) => p.utilities?.electricityMw?.capacity?.value },
} as const satisfies Record<string, Measure>;
export type MeasureId = keyof typeof MEASURES;
export type MeasureColumn = (typeof MEASURES)[MeasureId]['column'];

interface NumericField {
  /** The SiteFilter member, which is also the URL parameter (`?minArea=100`). */
  key: string;
  measure: MeasureId;
  /** Two fields of one measure are a range ("from", "to") in the panel. */
  bound: 'min' | 'max';
}

/** Numeric filters in panel order. A `max` below the `min` of the same measure is dropped from a link. */
export const NUMERIC_FIELDS = [
  { key: 'minArea', measure: 'area', bound: 'min' },
  { key: 'maxArea', measure: 'area', bound: 'max' },
  { key: 'minFree', measure: 'freeArea', bound: 'min' },
  { key: 'minMw', measure: 'electricity', bound: 'min' },
] as const satisfies readonly NumericField[];
export type NumericKey = (typeof NUMERIC_FIELDS)[number]['key'];

/** Every member of SiteFilter, for code that copies or compares a filter as a whole. */
export const FILTER_KEYS = ['status', 'kind', 'mun', ...NUMERIC_FIELDS.map((f) => f.key), 'near', 'q', 'keepNoData'] as const;
