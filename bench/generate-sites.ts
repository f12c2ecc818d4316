// Deterministic built sites (the shape scripts/build-data.ts writes and the app reads) for the
// filter and map benchmarks. Every site is a Point with every filter-relevant value drawn from
// the seed, some of them absent ("no data"), as in real registries.
import type { BuiltSiteFeature } from '../src/domain/schema/derived';
import type { InfraKind } from '../src/domain/schema/infrastructure';
import { SITE_KINDS, SITE_STATUSES, type SiteKind, type SiteStatus } from '../src/domain/schema/site';
import { KUZBASS_BBOX, mulberry32, type BBox } from './generate';

const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Kinds with a nearest hit in the generated data (the kinds the near filter is asked about). */
export const GENERATED_NEAR_KINDS: readonly InfraKind[] = ['substation', 'rail_station', 'power_plant', 'gas_distribution_station', 'airport'];

// Word stock for names and specialisation: text search then hits a few percent of the sites.
const NAMES: readonly [string, string][] = [
  ['Северный', 'Severny'], ['Южный', 'Yuzhny'], ['Восточный', 'Vostochny'], ['Западный', 'Zapadny'],
  ['Томь', 'Tom'], ['Кондома', 'Kondoma'], ['Берёзовый', 'Beryozovy'], ['Угольный', 'Ugolny'],
  ['Металлург', 'Metallurg'], ['Химпром', 'Khimprom'], ['Сибирь', 'Sibir'], ['Кедр', 'Kedr'],
];
const KIND_WORDS: Record<SiteKind, [string, string]> = {
  sez: ['ОЭЗ', 'SEZ'],
  tor: ['ТОР', 'TOR'],
  industrial_park: ['Индустриальный парк', 'Industrial park'],
  technopark: ['Технопарк', 'Technopark'],
  brownfield: ['Браунфилд', 'Brownfield'],
  free_plot: ['Свободный участок', 'Free plot'],
};
const SPECIALISATIONS: readonly [string, string][] = [
  ['Машиностроение', 'Mechanical engineering'], ['Углехимия', 'Coal chemistry'], ['Пищевая промышленность', 'Food industry'],
  ['Логистика', 'Logistics'], ['Деревообработка', 'Woodworking'], ['Металлургия', 'Metallurgy'],
  ['Стройматериалы', 'Building materials'], ['ИТ и электроника', 'IT and electronics'],
];

/** Municipality ids used when no real list is given (34, like Kuzbass). */
export const GENERATED_MUNICIPALITIES: readonly string[] = Array.from({ length: 34 }, (_, i) => `mun-${i + 1}`);

export interface BuiltSiteOptions {
  seed: number;
  bbox?: BBox;
  municipalities?: readonly string[];
  /**
   * Real built sites to copy (deep) and vary, so the payload per site looks like the real one
   * (notes, sources, legal basis...). Without templates a lean valid site is made.
   */
  templates?: readonly BuiltSiteFeature[];
}

function lean(): BuiltSiteFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      id: 'x',
      name: { ru: 'x' },
      kind: 'industrial_park',
      status: 'operating',
      municipalityId: 'x',
      sources: [{ title: 'Synthetic benchmark data', accessed: '2026-11-27' }],
      asOf: '2026-11-27',
      locationPrecision: 'approximate',
      derived: {
        centroid: [0, 0],
        bbox: [0, 0, 0, 0],
        displayPoint: [0, 0],
        municipalityId: 'x',
        municipalitySource: 'declared',
        nearest: {},
      },
    },
  };
}

export function generateBuiltSites(n: number, opts: BuiltSiteOptions): BuiltSiteFeature[] {
  const rnd = mulberry32(opts.seed);
  const [x0, y0, x1, y1] = opts.bbox ?? KUZBASS_BBOX;
  const muns = opts.municipalities ?? GENERATED_MUNICIPALITIES;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: BuiltSiteFeature[] = [];
  for (let i = 0; i < n; i++) {
    const site = opts.templates?.length ? structuredClone(opts.templates[i % opts.templates.length]!) : lean();
    const p = site.properties;
    const lon = r6(x0 + rnd() * (x1 - x0));
    const lat = r6(y0 + rnd() * (y1 - y0));
    const kind = pick(SITE_KINDS);
    const status: SiteStatus = pick(SITE_STATUSES);
    const [ru, en] = pick(NAMES);
    const spec = pick(SPECIALISATIONS);
    site.geometry = { type: 'Point', coordinates: [lon, lat] };
    p.id = `gen-${i + 1}`;
    p.name = { ru: `${KIND_WORDS[kind][0]} «${ru}-${i + 1}»`, en: `${KIND_WORDS[kind][1]} ${en}-${i + 1}` };
    p.kind = kind;
    p.status = status;
    p.municipalityId = pick(muns);
    p.specialisation = { ru: spec[0], en: spec[1] };
    p.locationPrecision = rnd() < 0.5 ? 'approximate' : 'settlement';
    delete p.partOf;
    // Land and power: present for most sites, absent ("no data") for the rest.
    const total = rnd() < 0.8 ? r2(1 + rnd() ** 2 * 600) : undefined;
    const free = total !== undefined && rnd() < 0.7 ? r2(total * rnd()) : undefined;
    p.land = {
      ...(p.land ?? {}),
      ...(total !== undefined ? { totalAreaHa: { value: total } } : {}),
      ...(free !== undefined ? { freeAreaHa: { value: free } } : {}),
    };
    if (total === undefined) delete p.land.totalAreaHa;
    if (free === undefined) delete p.land.freeAreaHa;
    const mw = rnd() < 0.5 ? r2(0.5 + rnd() * 60) : undefined;
    p.utilities = { ...(p.utilities ?? {}) };
    if (mw !== undefined) p.utilities.electricityMw = { capacity: { value: mw } };
    else delete p.utilities.electricityMw;
    const nearest: BuiltSiteFeature['properties']['derived']['nearest'] = {};
    for (const k of GENERATED_NEAR_KINDS) {
      if (rnd() < 0.9) nearest[k] = { id: `${k.replace(/_/g, '-')}-${Math.floor(rnd() * 500)}`, name: { ru: `${k} ${i}` }, km: r2(0.2 + rnd() ** 2 * 60) };
    }
    // Dated events as the real data has them (#15): a creation and a plan, with a source.
    if (!opts.templates?.length) {
      const source = p.sources[0]!;
      p.events = [
        { date: String(2005 + Math.floor(rnd() * 20)), kind: 'created', text: { ru: 'Создана', en: 'Created' }, sources: [source] },
        { date: `${2025 + Math.floor(rnd() * 5)}/${2030 + Math.floor(rnd() * 3)}`, kind: 'planned_commissioning', text: { ru: 'Плановый ввод сетей', en: 'Utilities due' }, sources: [source] },
      ];
    }
    p.derived = {
      centroid: [lon, lat],
      bbox: [lon, lat, lon, lat],
      displayPoint: [lon, lat],
      municipalityId: p.municipalityId,
      municipalitySource: 'declared',
      nearest,
    };
    out.push(site);
  }
  return out;
}
