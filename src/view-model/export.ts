// Downloads: GeoJSON for a GIS (geometry plus every property, `derived` included) and CSV for a
// spreadsheet. A missing value is an empty cell, never 0; numbers keep their full precision with
// a dot decimal so they re-import as numbers.
import Papa from 'papaparse';
import type { BuiltSiteCollection, BuiltSiteFeature } from '../domain/schema/derived';
import { NEAR_TARGETS } from '../domain/schema/vocabulary';
import { byEventDate, localDay } from '../domain/event-dates';
import type { Lang } from '../i18n/lang';
import { localized } from '../i18n/lang';

/** Excel reads a CSV as the system code page unless it starts with a UTF-8 byte-order mark. */
export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS: readonly string[] = [
  'id',
  'name_ru',
  'name_en',
  'kind',
  'status',
  'municipality_id',
  'municipality',
  'lon',
  'lat',
  'location_precision',
  'total_area_ha',
  'total_area_approximate',
  'free_area_ha',
  'electricity_mw',
  'year_created',
  'residents',
  'jobs',
  'investment_rub_bn',
  ...NEAR_TARGETS.flatMap((k) => [`nearest_${k}_name`, `nearest_${k}_km`]),
  'events',
  'sources',
  'as_of',
];

type Cell = string | number;

/** The sites as a FeatureCollection, a deep copy, so the caller's data never leaks mutations. */
export function toExportGeoJSON(sites: readonly BuiltSiteFeature[]): BuiltSiteCollection {
  return {
    type: 'FeatureCollection',
    features: sites.map((f) => structuredClone({ type: 'Feature' as const, geometry: f.geometry, properties: f.properties })),
  };
}

function csvRow(f: BuiltSiteFeature, lang: Lang, municipalityName: (id: string) => string | undefined): Record<string, Cell> {
  const p = f.properties;
  const d = p.derived;
  // Declared total area, else the area of the boundary (as the filters and the overview read it).
  const area = p.land?.totalAreaHa ?? (d.areaHa === undefined ? undefined : { value: d.areaHa });
  const num = (n: number | undefined): Cell => n ?? '';
  const row: Record<string, Cell> = {
    id: p.id,
    name_ru: p.name.ru,
    name_en: p.name.en ?? '',
    kind: p.kind,
    status: p.status,
    municipality_id: d.municipalityId,
    municipality: municipalityName(d.municipalityId) ?? '',
    lon: d.centroid[0],
    lat: d.centroid[1],
    location_precision: p.locationPrecision,
    total_area_ha: num(area?.value),
    total_area_approximate: area ? String(area.approximate === true) : '',
    free_area_ha: num(p.land?.freeAreaHa?.value),
    electricity_mw: num(p.utilities?.electricityMw?.capacity?.value),
    year_created: num(p.yearCreated?.value),
    residents: num(p.economy?.residents?.value),
    jobs: num(p.economy?.jobs?.value),
    investment_rub_bn: num(p.economy?.investmentRubBn?.value),
  };
  for (const kind of NEAR_TARGETS) {
    const hit = d.nearest[kind];
    row[`nearest_${kind}_name`] = hit ? localized(hit.name, lang) : '';
    row[`nearest_${kind}_km`] = num(hit?.km);
  }
  // The timeline in one cell, oldest first: "2016-07-07 created: text | 2030 extended_until: text".
  row.events = [...(p.events ?? [])]
    .sort((a, b) => byEventDate(a.date, b.date))
    .map((e) => `${e.date} ${e.kind}${e.status ? ` (${e.status})` : ''}: ${localized(e.text, lang)}`)
    .join(' | ');
  row.sources = p.sources.map((s) => (s.url ? `${s.title} — ${s.url}` : s.title)).join(' | ');
  row.as_of = p.asOf;
  return row;
}

/** One row per site, headed by CSV_COLUMNS (csvText: BOM, quoting, formulas defused). */
export function toCsv(sites: readonly BuiltSiteFeature[], lang: Lang, municipalityName: (id: string) => string | undefined): string {
  // Arrays with explicit fields, so even an empty selection yields the header row.
  const data = sites.map((f) => {
    const row = csvRow(f, lang, municipalityName);
    return CSV_COLUMNS.map((c) => row[c] ?? '');
  });
  return csvText(CSV_COLUMNS, data);
}

/**
 * A CSV file for a spreadsheet: a BOM first (Excel), CRLF lines, and text cells that a
 * spreadsheet would run as a formula (=, +, -, @ first) defused with a leading apostrophe.
 */
export function csvText(fields: readonly string[], rows: (string | number)[][]): string {
  return CSV_BOM + Papa.unparse({ fields: [...fields], data: rows }, { escapeFormulae: true, newline: '\r\n' });
}

/** `parkatlas-kuzbass-sites-2026-11-27.csv`, dated by the user's own calendar day. */
export function exportFileName(regionId: string, ext: string, date: Date): string {
  return `parkatlas-${regionId}-sites-${localDay(date)}.${ext}`;
}
