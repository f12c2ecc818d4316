// The public link contract (DESIGN.md "Share and embed URLs"). Parsing never throws: an unknown
// or malformed value is dropped and the rest of the link still applies.
import { NEAR_TARGETS, SITE_KINDS, SITE_STATUSES, isLanguage, type Language, type NearTarget, type SiteKind, type SiteStatus } from './schema/vocabulary';
import { FILTER_KEYS, NUMERIC_FIELDS, type NumericKey } from './filter-fields';
import type { SiteFilter } from './filters';
import { parseSortKey, type SortKey } from './sort';

export const LAYER_GROUP_NAMES = ['sites', 'infrastructure', 'municipalities', 'population'] as const;
export type LayerGroupName = (typeof LAYER_GROUP_NAMES)[number];
/** Shown when a link names no layers: the population shading is an option, off by default. */
export const DEFAULT_LAYERS: readonly LayerGroupName[] = ['sites', 'infrastructure', 'municipalities'];

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** The link's state: the filter (its members as SiteFilter names them, see filter-fields.ts) and the rest. */
export type UrlState = {
  lang?: Language;
  status: SiteStatus[];
  kind: SiteKind[];
  mun: string[];
  /** Sites with no data for an active numeric filter are kept unless `nodata=hide`. */
  keepNoData: boolean;
  /** Extension beyond DESIGN.md's list: the list's order. */
  sort?: SortKey;
  near: Partial<Record<NearTarget, number>>;
  q?: string;
  site?: string;
  compare: string[];
  layers?: LayerGroupName[];
  embed: boolean;
  /** Embeds only: scroll-wheel zoom on (off by default so the article keeps scrolling). */
  wheel?: boolean;
  /** An open side view: the region overview or what changed (extension of DESIGN.md's list). */
  panel?: 'overview' | 'changes';
  /** What changed: since this release (its date), until that one (absent: the current data). */
  since?: string;
  until?: string;
  basemap?: 'online' | 'offline';
  /**
   * The region as its dated events say it is, was or will be that year (DESIGN.md): plans due
   * by then and plans past their date are marked. Without it, the year of the data's date.
   */
  year?: number;
  view?: MapView;
} & { [K in NumericKey]?: number };

export const emptyUrlState = (): UrlState => ({ status: [], kind: [], mun: [], keepNoData: true, near: {}, compare: [], embed: false });

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The years `year` may name: the data's dates run from the 1950s; plans reach a few decades on. */
export const YEARS = { min: 1900, max: 2100 } as const;
const MAX_LIST = 50;

function list<T extends string>(raw: string | null, allowed?: readonly T[]): T[] {
  if (!raw) return [];
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const valid = items.filter((s): s is T => (allowed ? (allowed as readonly string[]).includes(s) : ID.test(s)));
  return [...new Set(valid)].slice(0, MAX_LIST);
}

function nonNegative(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function parseNear(raw: string | null): UrlState['near'] {
  const near: UrlState['near'] = {};
  for (const pair of (raw ?? '').split(',')) {
    const [kind, km] = pair.split(':');
    const value = nonNegative(km ?? null);
    if (kind && (NEAR_TARGETS as readonly string[]).includes(kind) && value !== undefined) near[kind as NearTarget] = value;
  }
  return near;
}

export function parseView(hash: string): MapView | undefined {
  const match = /(?:^#|&)map=([^&]+)/.exec(hash);
  const parts = match?.[1]?.split('/').map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85.06 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}

export function parseUrlState(search: string, hash = ''): UrlState {
  const p = new URLSearchParams(search);
  const state = emptyUrlState();
  const lang = p.get('lang');
  if (isLanguage(lang)) state.lang = lang;
  state.status = list(p.get('status'), SITE_STATUSES);
  state.kind = list(p.get('kind'), SITE_KINDS);
  state.mun = list(p.get('mun'));
  for (const field of NUMERIC_FIELDS) {
    const value = nonNegative(p.get(field.key));
    if (value !== undefined) state[field.key] = value;
  }
  // A range whose upper end lies below its lower end keeps the lower end only.
  for (const field of NUMERIC_FIELDS) {
    if (field.bound !== 'max' || state[field.key] === undefined) continue;
    const min = NUMERIC_FIELDS.find((f) => f.measure === field.measure && f.bound === 'min');
    const low = min && state[min.key];
    if (low !== undefined && state[field.key]! < low) delete state[field.key];
  }
  if (p.get('nodata') === 'hide') state.keepNoData = false;
  const sort = parseSortKey(p.get('sort'));
  if (sort) state.sort = sort;
  state.near = parseNear(p.get('near'));
  const q = p.get('q')?.trim().slice(0, 200);
  if (q) state.q = q;
  const site = p.get('site');
  if (site && ID.test(site)) state.site = site;
  state.compare = list(p.get('compare')).slice(0, 4);
  if (p.has('layers')) state.layers = list(p.get('layers'), LAYER_GROUP_NAMES);
  state.embed = p.get('embed') === '1';
  if (p.get('wheel') === '1') state.wheel = true;
  const panel = p.get('panel');
  if (panel === 'overview' || panel === 'changes') state.panel = panel;
  for (const key of ['since', 'until'] as const) {
    const day = p.get(key);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) state[key] = day;
  }
  const basemap = p.get('basemap');
  if (basemap === 'online' || basemap === 'offline') state.basemap = basemap;
  const year = p.get('year');
  if (year && /^\d{4}$/.test(year) && Number(year) >= YEARS.min && Number(year) <= YEARS.max) state.year = Number(year);
  const view = parseView(hash);
  if (view) state.view = view;
  return state;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** The query string and hash for a state; empty parts are left out so links stay short. */
export function serializeUrlState(state: UrlState): { search: string; hash: string } {
  const p = new URLSearchParams();
  if (state.lang) p.set('lang', state.lang);
  if (state.status.length) p.set('status', state.status.join(','));
  if (state.kind.length) p.set('kind', state.kind.join(','));
  if (state.mun.length) p.set('mun', state.mun.join(','));
  for (const field of NUMERIC_FIELDS) if (state[field.key] !== undefined) p.set(field.key, String(state[field.key]));
  if (!state.keepNoData) p.set('nodata', 'hide');
  if (state.sort) p.set('sort', state.sort);
  const near = Object.entries(state.near).map(([k, km]) => `${k}:${km}`);
  if (near.length) p.set('near', near.join(','));
  if (state.q) p.set('q', state.q);
  if (state.site) p.set('site', state.site);
  if (state.compare.length) p.set('compare', state.compare.join(','));
  if (state.layers) p.set('layers', state.layers.join(','));
  if (state.embed) p.set('embed', '1');
  if (state.wheel) p.set('wheel', '1');
  if (state.panel) p.set('panel', state.panel);
  if (state.since) p.set('since', state.since);
  if (state.until) p.set('until', state.until);
  if (state.basemap) p.set('basemap', state.basemap);
  if (state.year !== undefined) p.set('year', String(state.year));
  const search = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  const v = state.view;
  const hash = v ? `#map=${round(v.zoom, 2)}/${round(v.lat, 5)}/${round(v.lon, 5)}` : '';
  return { search: search ? `?${search}` : '', hash };
}

/** The filter part of a link: the members the filter table lists, by the same names. */
export function filterFromUrl(s: UrlState): SiteFilter {
  const f = { status: s.status, kind: s.kind, mun: s.mun, near: s.near, q: s.q, keepNoData: s.keepNoData } as SiteFilter;
  for (const field of NUMERIC_FIELDS) f[field.key] = s[field.key];
  return f;
}

/** A patch that writes a filter into the link (undefined removes a parameter). */
export function filterToUrl(f: SiteFilter): Partial<UrlState> {
  const patch: Partial<UrlState> = { status: [...f.status], kind: [...f.kind], mun: [...f.mun], near: { ...f.near }, q: f.q || undefined, keepNoData: f.keepNoData };
  for (const field of NUMERIC_FIELDS) patch[field.key] = f[field.key];
  return patch;
}

/** The link's filter members, in FILTER_KEYS order: what a hook recomputes the shown set on. */
export const filterDependencies = (s: UrlState): unknown[] => FILTER_KEYS.map((k) => s[k]);
