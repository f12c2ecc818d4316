// Filtering benchmark: src/domain/filters.ts `applyFilter` over `toFilterable` sites against the
// floor, a bare loop over the same precomputed values in typed arrays (same semantics, same
// result, checked). Two more columns time what filters.ts could do instead: a "compiled" filter
// (the filter read once per call, not once per site) and "columnar" (the floor's typed columns,
// returning the same FilterableSite[]), to show what the gap is made of.
import { applyFilterIndex, buildFilterIndex } from '../src/domain/filter-index';
import { sitesInYear } from '../src/domain/roadmap';
import { normalizeText, toFilterable, type FilterableSite, type SiteFilter } from '../src/domain/filters';
import { applyFilter } from '../test/helpers/reference-filter';
import type { InfraKind } from '../src/domain/schema/infrastructure';
import { SITE_KINDS, SITE_STATUSES, type SiteKind, type SiteStatus } from '../src/domain/schema/site';
import { GENERATED_MUNICIPALITIES, generateBuiltSites } from './generate-sites';
import { fmtMs, fmtRatio, median, table, timeRepeated } from './lib/stats';
import type { BenchContext } from './nearest.bench';

const NEAR: Partial<Record<InfraKind, number>> = { substation: 10, rail_station: 15 };

/** One filter per kind of condition, then all of them at once (each at its typical selectivity). */
export function filterCases(): { name: string; filter: SiteFilter }[] {
  const base = (): SiteFilter => ({ status: [], kind: [], mun: [], near: {}, keepNoData: true });
  const parts: [string, Partial<SiteFilter>][] = [
    ['status', { status: ['operating', 'under_construction'] }],
    ['kind', { kind: ['industrial_park', 'technopark', 'tor'] }],
    ['mun', { mun: GENERATED_MUNICIPALITIES.filter((_, i) => i % 3 === 0) }],
    ['area range', { minArea: 10, maxArea: 400 }],
    ['free area', { minFree: 5 }],
    ['MW', { minMw: 10 }],
    ['near ×2', { near: NEAR }],
    ['text q', { q: 'Парк север' }],
  ];
  const all = parts.reduce<SiteFilter>((f, [, p]) => ({ ...f, ...p }), base());
  return [...parts.map(([name, p]) => ({ name, filter: { ...base(), ...p } })), { name: 'all', filter: all }];
}

// ---- the floor: the same values, column-wise in typed arrays ------------------------------------

interface Columns {
  n: number;
  status: Uint8Array;
  kind: Uint8Array;
  mun: Uint16Array;
  /** NaN = no data. */
  area: Float64Array;
  free: Float64Array;
  mw: Float64Array;
  near: Map<InfraKind, Float64Array>;
  text: string[];
  munIndex: Map<string, number>;
}

export function toColumns(sites: readonly FilterableSite[]): Columns {
  const n = sites.length;
  const munIndex = new Map<string, number>();
  const c: Columns = {
    n,
    status: new Uint8Array(n),
    kind: new Uint8Array(n),
    mun: new Uint16Array(n),
    area: new Float64Array(n),
    free: new Float64Array(n),
    mw: new Float64Array(n),
    near: new Map(),
    text: new Array<string>(n),
    munIndex,
  };
  const kinds = new Set<InfraKind>();
  for (const s of sites) for (const k of Object.keys(s.nearestKm) as InfraKind[]) kinds.add(k);
  for (const k of kinds) c.near.set(k, new Float64Array(n));
  sites.forEach((s, i) => {
    c.status[i] = SITE_STATUSES.indexOf(s.status);
    c.kind[i] = SITE_KINDS.indexOf(s.kind);
    if (!munIndex.has(s.municipalityId)) munIndex.set(s.municipalityId, munIndex.size);
    c.mun[i] = munIndex.get(s.municipalityId)!;
    c.area[i] = s.areaHa ?? NaN;
    c.free[i] = s.freeAreaHa ?? NaN;
    c.mw[i] = s.electricityMw ?? NaN;
    for (const [k, col] of c.near) col[i] = s.nearestKm[k] ?? NaN;
    c.text[i] = s.text;
  });
  return c;
}

const mask = <T extends string>(all: readonly T[], on: readonly T[]): Uint8Array | undefined =>
  on.length ? Uint8Array.from(all, (v) => (on.includes(v) ? 1 : 0)) : undefined;

/** The floor: one pass, every condition a typed-array read and a comparison. Returns the count. */
export function floorFilter(c: Columns, f: SiteFilter, out: Int32Array): number {
  const status = mask<SiteStatus>(SITE_STATUSES, f.status);
  const kind = mask<SiteKind>(SITE_KINDS, f.kind);
  let mun: Uint8Array | undefined;
  if (f.mun.length) {
    mun = new Uint8Array(c.munIndex.size);
    for (const id of f.mun) {
      const i = c.munIndex.get(id);
      if (i !== undefined) mun[i] = 1;
    }
  }
  const keep = f.keepNoData;
  const areaOn = f.minArea !== undefined || f.maxArea !== undefined;
  const minA = f.minArea ?? -Infinity;
  const maxA = f.maxArea ?? Infinity;
  const freeOn = f.minFree !== undefined;
  const minF = f.minFree ?? -Infinity;
  const mwOn = f.minMw !== undefined;
  const minM = f.minMw ?? -Infinity;
  const nearEntries = Object.entries(f.near) as [InfraKind, number][];
  const empty = new Float64Array(c.n).fill(NaN);
  const nearCols = nearEntries.map(([k]) => c.near.get(k) ?? empty);
  const nearMax = Float64Array.from(nearEntries, ([, km]) => km);
  const words = f.q ? normalizeText(f.q).split(' ').filter(Boolean) : [];
  let count = 0;
  outer: for (let i = 0; i < c.n; i++) {
    if (status && !status[c.status[i]!]) continue;
    if (kind && !kind[c.kind[i]!]) continue;
    if (mun && !mun[c.mun[i]!]) continue;
    if (areaOn) {
      const a = c.area[i]!;
      if (a !== a ? !keep : a < minA || a > maxA) continue;
    }
    if (freeOn) {
      const a = c.free[i]!;
      if (a !== a ? !keep : a < minF) continue;
    }
    if (mwOn) {
      const a = c.mw[i]!;
      if (a !== a ? !keep : a < minM) continue;
    }
    for (let k = 0; k < nearCols.length; k++) {
      const v = nearCols[k]![i]!;
      if (v !== v ? !keep : v > nearMax[k]!) continue outer;
    }
    for (let w = 0; w < words.length; w++) if (!c.text[i]!.includes(words[w]!)) continue outer;
    out[count++] = i;
  }
  return count;
}

// ---- the proposal: filters.ts with the filter read once per call -------------------------------

/** What `applyFilter`'s per-site check would be if the filter were prepared once per call instead of once per site. */
export function compileFilter(f: SiteFilter): (s: FilterableSite) => boolean {
  const status = f.status.length ? new Set<string>(f.status) : undefined;
  const kind = f.kind.length ? new Set<string>(f.kind) : undefined;
  const mun = f.mun.length ? new Set(f.mun) : undefined;
  const keep = f.keepNoData;
  const num = (v: number | undefined, lo: number | undefined, hi: number | undefined): boolean =>
    v === undefined ? keep : (lo === undefined || v >= lo) && (hi === undefined || v <= hi);
  const areaOn = f.minArea !== undefined || f.maxArea !== undefined;
  const near = Object.entries(f.near) as [InfraKind, number][];
  const words = f.q ? normalizeText(f.q).split(' ').filter(Boolean) : [];
  return (s) => {
    if (status && !status.has(s.status)) return false;
    if (kind && !kind.has(s.kind)) return false;
    if (mun && !mun.has(s.municipalityId)) return false;
    if (areaOn && !num(s.areaHa, f.minArea, f.maxArea)) return false;
    if (f.minFree !== undefined && !num(s.freeAreaHa, f.minFree, undefined)) return false;
    if (f.minMw !== undefined && !num(s.electricityMw, f.minMw, undefined)) return false;
    for (const [k, km] of near) if (!num(s.nearestKm[k], undefined, km)) return false;
    for (const w of words) if (!s.text.includes(w)) return false;
    return true;
  };
}

// ---- the benchmark ------------------------------------------------------------------------------

export interface FilterRow {
  sites: number;
  filter: string;
  shown: number;
  applyFilterMs: number;
  floorMs: number;
  compiledMs: number;
  ratio: number;
  compiledRatio: number;
  /** The floor's loop plus the result as FilterableSite[] (applyFilter's return type). */
  columnarMs: number;
  columnarRatio: number;
}

export interface FilterSize {
  sites: number;
  generateMs: number;
  toFilterableMs: number;
  /** A roadmap year change (sitesInYear, then the model: toFilterable and the index) against the model alone. */
  yearChangeMs: number;
  modelMs: number;
  yearChangeRatio: number;
}

/** The year the generated data is dated (its events run 2005–2032) and the year changed to. */
const DATA_YEAR = 2026;
const OTHER_YEAR = 2015;

export async function runFilterBench(ctx: BenchContext): Promise<object> {
  const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  // Rounds interleave the three variants, so a busy neighbour slows all three alike.
  const rounds = ctx.quick ? 5 : 9;
  const budgetPerRound = ctx.quick ? 10 : 30;
  const cases = filterCases();
  const rows: FilterRow[] = [];
  const sizeRows: FilterSize[] = [];

  for (const n of sizes) {
    let t = performance.now();
    const built = generateBuiltSites(n, { seed: 7 });
    const generateMs = performance.now() - t;
    t = performance.now();
    const sites = built.map(toFilterable);
    const toFilterableMs = performance.now() - t;
    const columns = toColumns(sites);
    t = performance.now();
    // What the app filters with (src/domain/filter-index.ts), built once per dataset.
    const index = buildFilterIndex(sites);
    const indexMs = performance.now() - t;
    ctx.log(`  filter index built in ${indexMs.toFixed(1)} ms`);
    const out = new Int32Array(n);
    // A year change (use-sites-model.ts): the sites that year, then their model, as for new data.
    // The floor is the model alone: what loading the same sites costs.
    const model = (features: readonly typeof built[number][]) => buildFilterIndex(features.map(toFilterable)).sites.length;
    const yearTimes: number[] = [];
    const modelTimes: number[] = [];
    let kept = 0;
    for (let r = 0; r < rounds; r++) {
      yearTimes.push(...timeRepeated(() => (kept += model(sitesInYear(built, OTHER_YEAR, DATA_YEAR))), budgetPerRound, 1));
      modelTimes.push(...timeRepeated(() => (kept += model(built)), budgetPerRound, 1));
    }
    if (kept < 0) ctx.log(String(kept));
    const yearChangeMs = median(yearTimes);
    const modelMs = median(modelTimes);
    sizeRows.push({ sites: n, generateMs, toFilterableMs, yearChangeMs, modelMs, yearChangeRatio: yearChangeMs / modelMs });
    ctx.log(`  year change ${fmtMs(yearChangeMs)} ms, the model alone ${fmtMs(modelMs)} ms -> ${fmtRatio(yearChangeMs / modelMs)}`);
    ctx.log(`  ${n.toLocaleString('en')} sites: generated in ${generateMs.toFixed(0)} ms, toFilterable ${toFilterableMs.toFixed(1)} ms`);

    for (const { name, filter } of cases) {
      // Same answer from all three, or the comparison means nothing.
      const expected = applyFilter(sites, filter);
      const floorCount = floorFilter(columns, filter, out);
      const compiled = sites.filter(compileFilter(filter));
      const viaIndex = applyFilterIndex(index, filter);
      if (floorCount !== expected.length || compiled.length !== expected.length || viaIndex.length !== expected.length) {
        throw new Error(`filter "${name}" at ${n}: applyFilter ${expected.length}, floor ${floorCount}, compiled ${compiled.length}`);
      }
      for (let i = 0; i < floorCount; i++) {
        if (sites[out[i]!] !== expected[i]) throw new Error(`filter "${name}" at ${n}: different sites at #${i}`);
      }
      const a: number[] = [];
      const b: number[] = [];
      const c: number[] = [];
      const d: number[] = [];
      let sink = 0;
      const columnar = (): FilterableSite[] => {
        const count = floorFilter(columns, filter, out);
        const result = new Array<FilterableSite>(count);
        for (let i = 0; i < count; i++) result[i] = sites[out[i]!]!;
        return result;
      };
      for (let r = 0; r < rounds; r++) {
        a.push(...timeRepeated(() => (sink += applyFilterIndex(index, filter).length), budgetPerRound, 1));
        b.push(...timeRepeated(() => (sink += floorFilter(columns, filter, out)), budgetPerRound, 1));
        c.push(...timeRepeated(() => (sink += sites.filter(compileFilter(filter)).length), budgetPerRound, 1));
        d.push(...timeRepeated(() => (sink += columnar().length), budgetPerRound, 1));
      }
      if (sink < 0) ctx.log(String(sink));
      const row: FilterRow = {
        sites: n,
        filter: name,
        shown: expected.length,
        applyFilterMs: median(a),
        floorMs: median(b),
        compiledMs: median(c),
        ratio: median(a) / median(b),
        compiledRatio: median(c) / median(b),
        columnarMs: median(d),
        columnarRatio: median(d) / median(b),
      };
      rows.push(row);
    }
    const all = rows.find((r) => r.sites === n && r.filter === 'all')!;
    ctx.log(`    all filters: app (filter index) ${fmtMs(all.applyFilterMs)} ms, floor ${fmtMs(all.floorMs)} ms -> ${fmtRatio(all.ratio)}`);
    ctx.gc();
  }

  const headline = table(
    ['sites', 'shown (all filters)', 'toFilterable ms (once)', 'app: filter index ms', 'floor ms', 'ratio (target ≤ 2×)', 'compiled ratio', 'columnar ratio'],
    sizes.map((n) => {
      const r = rows.find((x) => x.sites === n && x.filter === 'all')!;
      const s = sizeRows.find((x) => x.sites === n)!;
      return [n.toLocaleString('en'), r.shown.toLocaleString('en'), fmtMs(s.toFilterableMs), fmtMs(r.applyFilterMs), fmtMs(r.floorMs), fmtRatio(r.ratio), fmtRatio(r.compiledRatio), fmtRatio(r.columnarRatio)];
    }),
  );
  const yearChange = table(
    ['sites', `year change to ${OTHER_YEAR} ms`, 'model of the same sites ms (floor)', 'ratio'],
    sizeRows.map((s) => [s.sites.toLocaleString('en'), fmtMs(s.yearChangeMs), fmtMs(s.modelMs), fmtRatio(s.yearChangeRatio)]),
  );
  const largest = sizes[sizes.length - 1]!;
  const perFilter = table(
    ['filter', 'shown', 'applyFilter ms', 'floor ms', 'ratio', 'compiled ms', 'compiled ratio', 'columnar ms', 'columnar ratio'],
    rows
      .filter((r) => r.sites === largest)
      .map((r) => [r.filter, r.shown.toLocaleString('en'), fmtMs(r.applyFilterMs), fmtMs(r.floorMs), fmtRatio(r.ratio), fmtMs(r.compiledMs), fmtRatio(r.compiledRatio), fmtMs(r.columnarMs), fmtRatio(r.columnarRatio)]),
  );
  const notes = [
    'applyFilter = src/domain/filters.ts on FilterableSite objects made once by toFilterable (not timed per pass).',
    'floor = one loop over typed arrays (status/kind/municipality codes, NaN for no data) and the lower-cased texts; same sites out, checked.',
    'compiled = the same object data, the filter prepared once per call (Sets, near entries, q normalised once): proposal A for filters.ts.',
    'columnar = the floor\'s loop plus building the FilterableSite[] result (what applyFilter returns): proposal B, typed columns built once beside toFilterable.',
    'Times: median of interleaved rounds of repeated passes (JIT warm), one pass = filtering every site once.',
    `year change = sitesInYear(sites, ${OTHER_YEAR}, ${DATA_YEAR}) (creation after the year leaves a site out; a past year's status from its events) then toFilterable and the filter index, as the app does; floor = toFilterable and the index of the same sites (a data load).`,
    `Data: generateBuiltSites(n, seed 7): 6 kinds, 5 statuses, 34 municipalities, area 80 % known, free area 56 %, MW 50 %, 5 nearest kinds 90 % known.`,
  ];
  ctx.log('');
  ctx.log(headline);
  ctx.log(`\n  per filter at ${largest.toLocaleString('en')} sites:`);
  ctx.log(perFilter);
  ctx.log('\n  roadmap year change:');
  ctx.log(yearChange);
  for (const note of notes) ctx.log(`  - ${note}`);
  return { sizes: sizeRows, rows, tables: { headline, perFilter, yearChange }, notes };
}
