// Holes inside their shell, parts of a multipolygon apart. Run after the crossing check: with no
// crossings, containment is all or nothing, so one vertex of a ring tells.
import type { TestBudget } from './crossings';
import { geometryPathOf, type PolygonRings, type Pos, type ReadGeometry, type Ring } from './geometry-read';
import type { IssueList } from './issues';

/** Ray casting; a point on the boundary may go either way, so callers avoid those. */
export function inRing(p: Pos, coords: readonly Pos[]): boolean {
  let inside = false;
  for (let i = 0, j = coords.length - 1; i < coords.length; j = i++) {
    const [xi, yi] = coords[i]!;
    const [xj, yj] = coords[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const key = (p: Pos) => `${p[0]},${p[1]}`;

/** A vertex of `ring` that is not a vertex of `other` (shared vertices are touching points). */
function probe(ring: Ring, taken: ReadonlySet<string>): Pos | undefined {
  return ring.coords.find((p) => !taken.has(key(p)));
}

function insidePolygon(p: Pos, poly: PolygonRings): boolean {
  const [shell, ...holes] = poly.rings;
  return !!shell && inRing(p, shell.coords) && !holes.some((h) => inRing(p, h.coords));
}

type At = (p: Pos) => { location: Pos } | undefined;
const verticesOf = (poly: PolygonRings) => poly.rings.reduce((n, r) => n + r.coords.length, 0);

/**
 * With no crossings, a hole is wholly inside or wholly outside its shell, and a part wholly inside
 * or outside another: one vertex tells. The work is charged to the file's test budget, so a
 * multipolygon of 40,000 parts is refused as too complex rather than checked for minutes.
 */
export function holesAndPartsOk(g: ReadGeometry, issues: IssueList, budget: TestBudget, at: At): boolean {
  const tooComplex = () => {
    issues.add('invalid_polygon', geometryPathOf(g), { reason: 'too_complex' });
    return false;
  };
  const shellKeys = new Map<number, Set<string>>();
  const keysOf = (i: number) => {
    let keys = shellKeys.get(i);
    if (!keys) shellKeys.set(i, (keys = new Set(g.polygons[i]!.rings[0]?.coords.map(key))));
    return keys;
  };
  let ok = true;
  for (const [i, { rings }] of g.polygons.entries()) {
    const [shell, ...holes] = rings;
    for (const hole of holes) {
      budget.remaining -= shell!.coords.length + hole.coords.length;
      if (budget.remaining < 0) return tooComplex();
      const p = probe(hole, keysOf(i));
      if (p && !inRing(p, shell!.coords)) {
        issues.add('invalid_polygon', hole.path, { reason: 'hole_outside' }, at(p));
        ok = false;
      }
    }
  }
  if (!ok || g.polygons.length < 2) return ok;
  // Parts: only pairs whose outer boxes meet, found by a sweep over x.
  const boxes = g.polygons.map((p) => ringBox(p.rings[0]!.coords));
  const order = Array.from(boxes.keys()).sort((a, b) => boxes[a]![0] - boxes[b]![0]);
  let active: number[] = [];
  for (const j of order) {
    const bj = boxes[j]!;
    active = active.filter((i) => boxes[i]![2] >= bj[0]);
    for (const i of active) {
      const bi = boxes[i]!;
      if (--budget.remaining < 0) return tooComplex();
      if (bi[1] > bj[3] || bi[3] < bj[1]) continue;
      for (const [a, b] of [[i, j], [j, i]] as const) {
        const pa = g.polygons[a]!;
        const pb = g.polygons[b]!;
        budget.remaining -= verticesOf(pa) + verticesOf(pb);
        if (budget.remaining < 0) return tooComplex();
        const p = probe(pa.rings[0]!, keysOf(b));
        if (p && insidePolygon(p, pb)) {
          issues.add('invalid_polygon', pa.path, { reason: 'parts_overlap' }, at(p));
          return false;
        }
      }
    }
    active.push(j);
  }
  return true;
}

function ringBox(coords: readonly Pos[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of coords) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}
