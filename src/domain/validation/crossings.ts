// Where a polygon's boundary crosses or overlaps itself: a sweep over x with an active list,
// which stops after a few crossings and after a fixed number of segment tests.
//
// Why not sweepline-intersections (as first planned): 2.0.1 tests each new segment against every
// active one and collects every intersection point with no way to stop, so 2,000 copies of one
// ring (a real mutation from our property tests) ran for 16 s and ~16 M points. It also reports
// rings touching at a shared vertex, which is valid. This keeps its approach, bounded.
import type { Pos } from './geometry-read';

export interface Crossing {
  point: Pos;
  /** Index into the rings given and the segment's first vertex there. */
  ring: number;
  index: number;
}
export type CrossingResult =
  | { kind: 'none' }
  | { kind: 'found'; first: Crossing; count: number }
  | { kind: 'too_complex' };

export interface TestBudget {
  remaining: number;
}

const MAX_CROSSINGS = 100;


/**
 * `rings` are closed rings (first = last) of one feature. Rings may touch at a point (a hole at its shell, two parts at a corner); a ring may not touch itself.
 */
export function findCrossings(rings: readonly (readonly Pos[])[], budget: TestBudget): CrossingResult {
  // Degrees with 6 decimals become integers: orientation tests are then exact (products < 2^53).
  const factor = rings.every((r) => r.every(([x, y]) => Math.abs(x) <= 1000 && Math.abs(y) <= 1000)) ? 1e6 : 1;
  const scaled = (v: number) => (factor === 1 ? v : Math.round(v * factor));
  // Segments, without zero-length ones (a repeated vertex is harmless).
  const ax: number[] = [], ay: number[] = [], bx: number[] = [], by: number[] = [];
  const ringOf: number[] = [], indexOf: number[] = [], seqOf: number[] = [], ringLen: number[] = [];
  rings.forEach((coords, r) => {
    let seq = 0;
    for (let i = 0; i + 1 < coords.length; i++) {
      const [x1, y1] = coords[i]!;
      const [x2, y2] = coords[i + 1]!;
      if (x1 === x2 && y1 === y2) continue;
      const leftFirst = x1 < x2 || (x1 === x2 && y1 <= y2);
      ax.push(scaled(leftFirst ? x1 : x2));
      ay.push(scaled(leftFirst ? y1 : y2));
      bx.push(scaled(leftFirst ? x2 : x1));
      by.push(scaled(leftFirst ? y2 : y1));
      ringOf.push(r);
      indexOf.push(i);
      seqOf.push(seq++);
    }
    ringLen[r] = seq;
  });
  const adjacent = (s: number, t: number) => {
    if (ringOf[s] !== ringOf[t]) return false;
    const d = Math.abs(seqOf[s]! - seqOf[t]!);
    return d === 1 || d === ringLen[ringOf[s]!]! - 1;
  };

  let first: Crossing | undefined;
  let count = 0;
  for (const band of bands(ay, by)) {
    const order = band.sort((s, t) => ax[s]! - ax[t]!);
    let active: number[] = [];
    for (const s of order) {
      const x = ax[s]!;
      const kept: number[] = [];
      for (const t of active) {
        if (--budget.remaining < 0) return { kind: 'too_complex' };
        if (bx[t]! < x) continue; // ended left of the sweep line
        kept.push(t);
        if (Math.max(ay[s]!, by[s]!) < Math.min(ay[t]!, by[t]!) || Math.min(ay[s]!, by[s]!) > Math.max(ay[t]!, by[t]!)) continue;
        const hit = meet(s, t, adjacent(s, t));
        if (!hit) continue;
        count++;
        // Named by the pair's earlier segment: the path a person reading the file meets first.
        const e = ringOf[t]! < ringOf[s]! || (ringOf[t] === ringOf[s] && indexOf[t]! < indexOf[s]!) ? t : s;
        first ??= { point: [hit[0] / factor, hit[1] / factor], ring: ringOf[e]!, index: indexOf[e]! };
        if (count >= MAX_CROSSINGS) return { kind: 'found', first, count };
      }
      kept.push(s);
      active = kept;
    }
  }
  return first ? { kind: 'found', first, count } : { kind: 'none' };

  /** Where s and t cross, overlap, or touch when touching is not allowed; else undefined. */
  function meet(s: number, t: number, neighbours: boolean): Pos | undefined {
    const [px, py, qx, qy] = [ax[s]!, ay[s]!, bx[s]!, by[s]!];
    const [rx, ry, sx, sy] = [ax[t]!, ay[t]!, bx[t]!, by[t]!];
    const o1 = orient(px, py, qx, qy, rx, ry);
    const o2 = orient(px, py, qx, qy, sx, sy);
    const o3 = orient(rx, ry, sx, sy, px, py);
    const o4 = orient(rx, ry, sx, sy, qx, qy);
    if ((o1 > 0 && o2 > 0) || (o1 < 0 && o2 < 0) || (o3 > 0 && o4 > 0) || (o3 < 0 && o4 < 0)) return undefined;
    if (o1 === 0 && o2 === 0) {
      // Collinear: overlapping by more than a point is a doubled edge (a spike, a shared border).
      const byX = qx - px !== 0 || sx - rx !== 0;
      const lo = byX ? Math.max(px, rx) : Math.max(Math.min(py, qy), Math.min(ry, sy));
      const hi = byX ? Math.min(qx, sx) : Math.min(Math.max(py, qy), Math.max(ry, sy));
      if (hi > lo) return byX ? pointAtX(lo, [px, py, qx, qy], [rx, ry, sx, sy]) : pointAtY(lo, [px, py, qx, qy], [rx, ry, sx, sy]);
      if (hi < lo || neighbours || ringOf[s] !== ringOf[t]) return undefined;
      return byX ? pointAtX(lo, [px, py, qx, qy], [rx, ry, sx, sy]) : pointAtY(lo, [px, py, qx, qy], [rx, ry, sx, sy]);
    }
    if (o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) {
      const d = (qx - px) * (sy - ry) - (qy - py) * (sx - rx);
      const u = ((rx - px) * (sy - ry) - (ry - py) * (sx - rx)) / d;
      return [px + u * (qx - px), py + u * (qy - py)];
    }
    // One end on the other segment: a ring may touch another ring, never itself.
    if (neighbours || ringOf[s] !== ringOf[t]) return undefined;
    if (o1 === 0) return [rx, ry];
    if (o2 === 0) return [sx, sy];
    return o3 === 0 ? [px, py] : [qx, qy];
  }
}

/**
 * Segment indices split into horizontal bands, each swept on its own: the active list of one band
 * stays short where a wiggly boundary runs north-south (10-100x fewer tests at 200k vertices).
 * A crossing lies in a band both its segments reach, so none is missed.
 */
function bands(ay: readonly number[], by: readonly number[]): number[][] {
  const n = ay.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, ay[i]!, by[i]!);
    hi = Math.max(hi, ay[i]!, by[i]!);
  }
  const count = Math.min(256, Math.ceil(Math.sqrt(n) / 4));
  const height = (hi - lo) / count;
  if (count <= 1 || !(height > 0)) return [Array.from(ay.keys())];
  const out: number[][] = Array.from({ length: count }, () => []);
  let entries = 0;
  for (let i = 0; i < n; i++) {
    const from = Math.min(count - 1, Math.floor((Math.min(ay[i]!, by[i]!) - lo) / height));
    const to = Math.min(count - 1, Math.floor((Math.max(ay[i]!, by[i]!) - lo) / height));
    entries += to - from + 1;
    if (entries > 4 * n) return [Array.from(ay.keys())]; // long north-south segments: one sweep
    for (let b = from; b <= to; b++) out[b]!.push(i);
  }
  return out;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

type Seg = [number, number, number, number];
/** The endpoint of either collinear segment lying at x (or y) = v. */
function pointAtX(v: number, a: Seg, b: Seg): Pos {
  for (const [x, y] of [[a[0], a[1]], [a[2], a[3]], [b[0], b[1]], [b[2], b[3]]] as Pos[]) if (x === v) return [x, y];
  return [v, a[1]];
}
function pointAtY(v: number, a: Seg, b: Seg): Pos {
  for (const [x, y] of [[a[0], a[1]], [a[2], a[3]], [b[0], b[1]], [b[2], b[3]]] as Pos[]) if (y === v) return [x, y];
  return [a[0], v];
}
