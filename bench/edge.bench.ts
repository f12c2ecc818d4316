// Distances from a site's edge against distances from its centre, same index, same sites, same
// run: 10,000 polygon sites (8-24 vertices, 20-1,000 ha) among 200,000 infrastructure segments.
// Target: edge ≤ 2× centroid. A sample is checked against the naive Turf loop (within 1 m).
import type { Polygon } from 'geojson';
import { nearestByKindFromEdge } from '../src/domain/geo/edge-nearest';
import { buildInfraIndex, nearestByKind } from '../src/domain/geo/nearest';
import { siteCentroid } from '../src/domain/geo/site-metrics';
import { naiveEdgeNearestByKind } from '../test/helpers/reference-edge';
import { generateInfra, generateSites, mulberry32 } from './generate';
import { fmtRatio, median, table } from './lib/stats';
import type { BenchContext } from './nearest.bench';

/** A star-ish polygon of `n` vertices and ~`ha` hectares around a point (six decimals). */
function polygonAround([lon, lat]: [number, number], ha: number, n: number, rnd: () => number): Polygon {
  const rKm = Math.sqrt(ha / 100 / Math.PI);
  const pts = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const k = rKm * (0.75 + 0.5 * rnd());
    return [+(lon + (k * Math.cos(a)) / (111.32 * Math.cos((lat * Math.PI) / 180))).toFixed(6), +(lat + (k * Math.sin(a)) / 111.195).toFixed(6)];
  });
  return { type: 'Polygon', coordinates: [[...pts, pts[0]!]] };
}

export async function runEdgeBench(ctx: BenchContext) {
  const segments = ctx.quick ? 20_000 : 200_000;
  const n = ctx.quick ? 1_000 : 10_000;
  const items = generateInfra({ segments, seed: 1 });
  const index = buildInfraIndex(items);
  const rnd = mulberry32(7);
  const sites = generateSites(n, 2).map((p) => polygonAround(p, 20 + rnd() * 980, 8 + Math.floor(rnd() * 17), rnd));
  const centroids = sites.map((s) => siteCentroid(s));
  // Warm-up (JIT), then alternating passes so both see the same machine.
  for (let i = 0; i < Math.min(n, 1_000); i++) {
    nearestByKind(index, centroids[i]!);
    nearestByKindFromEdge(index, sites[i]!);
  }
  const centre: number[] = [];
  const edge: number[] = [];
  for (let pass = 0; pass < (ctx.quick ? 2 : 5); pass++) {
    let t = performance.now();
    for (const c of centroids) nearestByKind(index, c);
    centre.push(performance.now() - t);
    t = performance.now();
    for (const s of sites) nearestByKindFromEdge(index, s);
    edge.push(performance.now() - t);
  }
  const centreUs = (median(centre) * 1000) / n;
  const edgeUs = (median(edge) * 1000) / n;

  // Correctness on a sample: the naive Turf loop over every feature (seconds per site).
  const sample = Array.from({ length: ctx.quick ? 2 : 4 }, (_, i) => sites[Math.floor((i * n) / (ctx.quick ? 2 : 4))]!);
  let maxDiffM = 0;
  let idDiffs = 0;
  for (const site of sample) {
    const fast = nearestByKindFromEdge(index, site);
    const slow = naiveEdgeNearestByKind(items, site);
    for (const [kind, hit] of Object.entries(slow)) {
      const mine = fast[kind as keyof typeof fast];
      if (!mine || !hit) {
        maxDiffM = Infinity;
        continue;
      }
      if (mine.id !== hit.id) idDiffs++;
      maxDiffM = Math.max(maxDiffM, Math.abs(mine.km - hit.km) * 1000);
    }
  }
  const row = { sites: n, segments, centroidUsPerSite: centreUs, edgeUsPerSite: edgeUs, ratio: edgeUs / centreUs, naiveSample: sample.length, maxDiffM, idDiffs };
  ctx.log(
    table(
      ['sites', 'segments', 'centroid µs/site', 'edge µs/site', 'edge / centroid', 'max |Δ| m vs naive', 'id diffs'],
      [[n.toLocaleString('en'), segments.toLocaleString('en'), centreUs.toFixed(1), edgeUs.toFixed(1), fmtRatio(row.ratio), maxDiffM.toFixed(3), String(idDiffs)]],
    ),
  );
  return { rows: [row], notes: ['Median of alternating whole passes after a JIT warm-up; naive check on an evenly spaced sample.'] };
}
