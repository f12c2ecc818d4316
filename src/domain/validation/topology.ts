// Rings and polygons: closed, long enough, not crossing themselves, holes inside their shell,
// parts apart, RFC 7946 winding (fixed, with a warning). Planar maths on lon/lat is enough here:
// these are local questions about a few kilometres of boundary.
import { LIMITS } from './codes';
import { findCrossings, type TestBudget } from './crossings';
import { holesAndPartsOk } from './containment';
import { geometryPathOf, type Pos, type ReadGeometry, type Ring } from './geometry-read';
import { joinPath, type IssueList } from './issues';

/** Twice the signed area; positive for a counter-clockwise ring (x east, y north). */
export function signedArea2(coords: readonly Pos[]): number {
  let sum = 0;
  for (let i = 0, j = coords.length - 1; i < coords.length; j = i++) {
    const a = coords[j]!;
    const b = coords[i]!;
    sum += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return sum;
}

/** All positions on one line (or fewer than three distinct ones): no area at all. */
function collinear(coords: readonly Pos[]): boolean {
  const [a] = coords;
  const b = coords.find((p) => a && (p[0] !== a[0] || p[1] !== a[1]));
  if (!a || !b) return true;
  return coords.every((p) => Math.abs((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) <= 1e-12 * (Math.abs(b[0] - a[0]) + Math.abs(b[1] - a[1])));
}

export interface Topology {
  /** Rings closed and long enough: the geometry can be measured. */
  measurable: boolean;
  /** No crossings, holes inside, parts apart, non-zero area. */
  valid: boolean;
}

export interface VertexBudget {
  remaining: number;
  /** The file-level issue is said once. */
  exhausted?: boolean;
  /** Segment pairs the crossing check may still test in this file. */
  tests: TestBudget;
}

export function checkTopology(g: ReadGeometry, issues: IssueList, budget: VertexBudget, located: boolean): Topology {
  const at = (pos: Pos | undefined) => (located && pos ? { location: pos } : undefined);
  let measurable = true;
  for (const { rings } of g.polygons) {
    for (const ring of rings) {
      const n = ring.coords.length;
      if (n < 4) {
        issues.add('ring_too_short', ring.path, { count: n }, at(ring.coords[0]));
        measurable = false;
        continue;
      }
      const [fx, fy] = ring.coords[0]!;
      const [lx, ly] = ring.coords[n - 1]!;
      if (fx !== lx || fy !== ly) {
        issues.add('ring_not_closed', joinPath(ring.path, n - 1), { firstX: fx, firstY: fy, lastX: lx, lastY: ly }, at([lx, ly]));
        measurable = false;
      }
    }
  }
  // Numbers like 1e300 (already reported as out of range) would overflow the planar maths.
  if (!measurable || !g.sane) return { measurable, valid: false };

  rewind(g, issues);
  // Bounded work whatever the file: past the caps the geometry is rejected unchecked, with a
  // message that says to simplify it (a 48 MB file of 2.2 M vertices takes ~2 s in all).
  if (g.vertices > LIMITS.verticesPerFeature) {
    issues.add('invalid_polygon', geometryPathOf(g), { reason: 'too_many_vertices', count: g.vertices, max: LIMITS.verticesPerFeature });
    return { measurable, valid: false };
  }
  if (g.vertices > budget.remaining) {
    if (!budget.exhausted) issues.add('invalid_polygon', '', { reason: 'too_many_vertices_total', max: LIMITS.verticesTotal });
    budget.exhausted = true;
    return { measurable, valid: false };
  }
  budget.remaining -= g.vertices;
  // Points all on one line first: such a ring also doubles back on itself, but "zero area" says why.
  for (const { rings } of g.polygons) {
    const flat = rings.find((r) => collinear(r.coords));
    if (flat) {
      issues.add('invalid_polygon', flat.path, { reason: 'zero_area' }, at(flat.coords[0]));
      return { measurable, valid: false };
    }
  }
  if (crosses(g, issues, budget, at)) return { measurable, valid: false };
  return { measurable, valid: holesAndPartsOk(g, issues, budget.tests, at) };
}

/** RFC 7946 §3.1.6: outer rings counter-clockwise, holes clockwise. Fixed in place, and said. */
function rewind(g: ReadGeometry, issues: IssueList): void {
  let count = 0;
  let first: Ring | undefined;
  for (const { rings } of g.polygons) {
    rings.forEach((ring, i) => {
      const a2 = signedArea2(ring.coords);
      if (Math.abs(a2) < 1e-12 || a2 > 0 === (i === 0)) return;
      ring.coords.reverse();
      count++;
      first ??= ring;
    });
  }
  if (first) issues.add('winding_order', first.path, { count });
}

/** Self-intersections and doubled edges, reported at the first crossing found. */
function crosses(g: ReadGeometry, issues: IssueList, budget: VertexBudget, at: (p: Pos) => { location: Pos } | undefined): boolean {
  const rings = g.polygons.flatMap((p) => p.rings);
  const result = findCrossings(
    rings.map((r) => r.coords),
    budget.tests,
  );
  if (result.kind === 'none') return false;
  if (result.kind === 'too_complex') {
    issues.add('invalid_polygon', geometryPathOf(g), { reason: 'too_complex' });
    return true;
  }
  const { point, ring, index } = result.first;
  const path = joinPath(rings[ring]!.path, index);
  issues.add('self_intersection', path, { lon: point[0], lat: point[1], count: result.count }, at(point));
  return true;
}
