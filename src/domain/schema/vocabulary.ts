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

export const INFRA_STATUSES = ['existing', 'planned', 'under_construction'] as const;
export type InfraStatus = (typeof INFRA_STATUSES)[number];
/**
 * Statuses of infrastructure that is not there yet: drawn hollow, and no distance is measured to
 * it (a planned station is no connection an investor can count on).
 */
export const NOT_BUILT: readonly InfraStatus[] = INFRA_STATUSES.filter((s) => s !== 'existing');
export const isBuilt = (status: InfraStatus): boolean => !NOT_BUILT.includes(status);

/** Kinds that run along a line; every other kind is a place, drawn as a point or an area. */
export const LINE_KINDS: ReadonlySet<InfraKind> = new Set<InfraKind>(['power_line', 'gas_pipeline', 'rail_line', 'road']);

/**
 * What a site's distance is measured to: every infrastructure kind, and power lines by the
 * voltage class investors ask for ("110 kV or more within 5 km"). `power_line_110` is the nearest
 * line whose highest voltage is at least 110 kV; a line of unknown voltage is only in
 * `power_line_unknown` (and in `power_line`, any line), never in a voltage class.
 */
export const NEAR_TARGETS = [
  'power_plant',
  'substation',
  'power_line',
  'power_line_35',
  'power_line_110',
  'power_line_220',
  'power_line_unknown',
  'gas_pipeline',
  'gas_distribution_station',
  'water_intake',
  'water_treatment',
  'rail_line',
  'rail_station',
  'road',
  'airport',
] as const;
export type NearTarget = (typeof NEAR_TARGETS)[number];

/** The voltage classes of power lines, in kV, with their target. */
export const VOLTAGE_CLASSES = [
  { minKv: 35, target: 'power_line_35' },
  { minKv: 110, target: 'power_line_110' },
  { minKv: 220, target: 'power_line_220' },
] as const satisfies readonly { minKv: number; target: NearTarget }[];

/** The targets a feature counts for: its kind, and for a power line its voltage classes. */
export function nearTargetsOf(kind: InfraKind, voltageKv: readonly number[] | undefined): NearTarget[] {
  if (kind !== 'power_line') return [kind];
  if (!voltageKv?.length) return [kind, 'power_line_unknown'];
  const top = Math.max(...voltageKv);
  return [kind, ...VOLTAGE_CLASSES.filter((c) => top >= c.minKv).map((c) => c.target)];
}

export const SITE_KINDS = ['sez', 'tor', 'industrial_park', 'technopark', 'brownfield', 'free_plot'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** `unknown` exists because some sources give no current status; we never guess one. */
export const SITE_STATUSES = ['operating', 'under_construction', 'planned', 'proposed', 'unknown'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/**
 * What a dated event records (DESIGN.md "Dated events"). For `extended_until`, `postponed`,
 * `planned_commissioning` and `planned_works` the date is the one aimed at (the new end, the
 * new start, the due date); for the others it is when the event happened.
 */
export const EVENT_KINDS = [
  'created',
  'decree_amended',
  'construction_started',
  'designed',
  'planned_works',
  'planned_commissioning',
  'commissioned',
  'status_changed',
  'resident_arrived',
  'extended_until',
  'postponed',
  'recognised',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds whose date lies ahead when it is written: the roadmap's plans. */
export const PLAN_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(['planned_works', 'planned_commissioning', 'extended_until', 'postponed']);

/**
 * The languages the product speaks. Registering one here is the one line a new language needs
 * outside its catalogues (src/i18n, one per area; docs/architecture.md lists them). A region
 * offers a subset of these (region.json `languages`).
 */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
