// The closed word lists of the data model, without zod: the map's first chunk (styles, the link's
// filters) needs the words but must not wait for the schema library to load and run.

export const INFRA_KINDS = [
  'power_plant',
  'substation',
  'power_line',
  'gas_pipeline',
  'gas_distribution_station',
  'water_intake',
  'water_treatment',
  'rail_line',
  'rail_station',
  'road',
  'airport',
] as const;
export type InfraKind = (typeof INFRA_KINDS)[number];

export const SITE_KINDS = ['sez', 'tor', 'industrial_park', 'technopark', 'brownfield', 'free_plot'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** `unknown` exists because some sources give no current status; we never guess one. */
export const SITE_STATUSES = ['operating', 'under_construction', 'planned', 'proposed', 'unknown'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/**
 * The languages the product speaks. Registering one here is the one line a new language needs
 * outside its catalogues (src/i18n, one per area; docs/architecture.md lists them). A region
 * offers a subset of these (region.json `languages`).
 */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
