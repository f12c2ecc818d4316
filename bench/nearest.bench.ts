// Nearest-infrastructure benchmark: the Flatbush index against the naive Turf loop, same run,
// same data. The naive loop is far too slow for every site at large sizes (hours), so it is
// timed on an evenly spaced sample of sites and its per-site time extrapolated.
import { buildInfraIndex, naiveNearestByKind, nearestByKind } from '../src/domain/geo/nearest';
import type { InfraKind } from '../src/domain/schema/infrastructure';
import { generateInfra, generateSites } from './generate';

/** What bench/run.ts hands every benchmark (declared here too, so there is no import cycle). */
export interface BenchContext {
  quick: boolean;
  log: (line: string) => void;
  /** A full garbage collection, so heap deltas mean something. */
  gc: () => void;
}

export interface NearestRow {
  sites: number;
  segments: number;
  features: number;
  buildMs: number;
  indexMB: number;
  indexedUsPerSite: number;
  indexedTotalS: number;
  indexedPasses: number;
  naiveSample: number;
  naiveUsPerSite: number;
  naiveTotalS: number;
  naiveExtrapolated: boolean;
  ratio: number;
  maxDiffM: number;
  idMismatches: number;
  rssMB: number;
}

const MB = 1024 * 1024;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const retainedBytes = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

function fmtDuration(s: number): string {
  if (s < 1) return `${(s * 1000).toFixed(0)} ms`;
  if (s < 120) return `${s.toFixed(1)} s`;
  if (s < 7200) return `${(s / 60).toFixed(1)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

export function nearestTable(rows: readonly NearestRow[]): string {
  const head = [
    'sites', 'segments', 'build ms', 'index MB', 'indexed µs/site', 'indexed total',
    'naive µs/site (sample)', 'naive total', 'naive/indexed', 'max |Δ| m', 'id diffs',
  ];
  const body = rows.map((r) => [
    r.sites.toLocaleString('en'),
    r.segments.toLocaleString('en'),
    r.buildMs.toFixed(0),
    r.indexMB.toFixed(1),
    r.indexedUsPerSite.toFixed(1),
    fmtDuration(r.indexedTotalS),
    `${r.naiveUsPerSite.toFixed(0)} (n=${r.naiveSample})`,
    `${fmtDuration(r.naiveTotalS)}${r.naiveExtrapolated ? ' (extrap.)' : ''}`,
    `${Math.round(r.ratio).toLocaleString('en')}×`,
    r.maxDiffM.toFixed(3),
    String(r.idMismatches),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export async function runNearestBench(ctx: BenchContext): Promise<{ rows: NearestRow[]; notes: string[] }> {
  const segmentSizes = ctx.quick ? [10_000] : [10_000, 200_000];
  const siteSizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  // Naive sample per segment count: ~70 ms/site at 10k segments, ~1.5 s/site at 200k
  // (keeps the full run near 2 minutes on 2 cores).
  const naiveSample = (segments: number): number => (ctx.quick ? 20 : segments <= 10_000 ? 100 : 16);
  const rows: NearestRow[] = [];

  for (const segments of segmentSizes) {
    const items = generateInfra({ segments, seed: 1 });
    // Memory from the first build alone: freed ArrayBuffers of later builds may still be
    // awaiting their (concurrent) sweep right after a gc and would count twice.
    ctx.gc();
    const before = retainedBytes();
    let index = buildInfraIndex(items);
    ctx.gc();
    const indexMB = (retainedBytes() - before) / MB;
    const builds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      index = buildInfraIndex(items);
      builds.push(performance.now() - t);
    }
    const buildMs = median(builds);
    ctx.log(`  ${segments.toLocaleString('en')} segments, ${items.length.toLocaleString('en')} features: build ${buildMs.toFixed(0)} ms, index ${indexMB.toFixed(1)} MB`);

    for (const n of siteSizes) {
      const sites = generateSites(n, 2);
      for (const p of sites.slice(0, Math.min(n, 2_000))) nearestByKind(index, p); // warm-up (JIT)
      // Whole passes over all sites, repeated until ~1 s has run; the median pass counts.
      const passes: number[] = [];
      for (let spent = 0; passes.length === 0 || (spent < 1000 && passes.length < 25); ) {
        const t0 = performance.now();
        for (const p of sites) nearestByKind(index, p);
        passes.push(performance.now() - t0);
        spent += passes[passes.length - 1]!;
      }
      const indexedMs = median(passes);

      const k = Math.min(n, naiveSample(segments));
      const sample = Array.from({ length: k }, (_, i) => sites[Math.floor((i * n) / k)]!);
      const t = performance.now();
      const slow = sample.map((p) => naiveNearestByKind(items, p));
      const naiveMs = performance.now() - t;

      let maxDiffKm = 0;
      let idMismatches = 0;
      sample.forEach((p, i) => {
        const fast = nearestByKind(index, p);
        const s = slow[i]!;
        const kinds = new Set([...Object.keys(fast), ...Object.keys(s)] as InfraKind[]);
        for (const kind of kinds) {
          const a = fast[kind];
          const b = s[kind];
          if (!a || !b) {
            idMismatches++;
            maxDiffKm = Infinity;
            continue;
          }
          if (a.id !== b.id) idMismatches++;
          maxDiffKm = Math.max(maxDiffKm, Math.abs(a.km - b.km));
        }
      });

      const indexedUs = (indexedMs * 1000) / n;
      const naiveUs = (naiveMs * 1000) / k;
      const row: NearestRow = {
        sites: n,
        segments,
        features: items.length,
        buildMs,
        indexMB,
        indexedUsPerSite: indexedUs,
        indexedTotalS: indexedMs / 1000,
        indexedPasses: passes.length,
        naiveSample: k,
        naiveUsPerSite: naiveUs,
        naiveTotalS: (naiveUs * n) / 1e6,
        naiveExtrapolated: k < n,
        ratio: naiveUs / indexedUs,
        maxDiffM: maxDiffKm * 1000,
        idMismatches,
        rssMB: process.memoryUsage().rss / MB,
      };
      rows.push(row);
      ctx.log(`  ${n.toLocaleString('en')} sites: indexed ${indexedUs.toFixed(1)} µs/site, naive ${naiveUs.toFixed(0)} µs/site on ${k} sites, max |Δ| ${row.maxDiffM.toFixed(3)} m`);
    }
  }

  const notes = [
    'Naive = naiveNearestByKind (turf.distance / turf.pointToLineDistance / booleanPointInPolygon over every feature).',
    'Naive per-site time is measured on an evenly spaced sample of n sites and extrapolated to all sites ("extrap.").',
    'max |Δ| m and id diffs compare indexed and naive on the sampled sites, every kind.',
    'indexed µs/site = median of whole passes over all sites (repeated up to ~1 s), after a JIT warm-up.',
    'index MB = heapUsed + arrayBuffers retained by the first build (after gc); the input features are not counted.',
    'Features: random-walk LineStrings (4-16 segments of 0.3-4 km) in 4 line kinds, plus segments/20 points in 6 point kinds, bbox [84.4,52.1,89.5,56.9].',
  ];
  ctx.log('');
  ctx.log(nearestTable(rows));
  for (const note of notes) ctx.log(`  - ${note}`);
  return { rows, notes };
}
