// Deterministic synthetic data for benchmarks and randomized tests: sites and infrastructure
// (random-walk LineStrings, points, optional small polygons) inside a Kuzbass-like box.
import type { Position } from 'geojson';
import type { InfraKind } from '../src/domain/schema/infrastructure';
import type { InfraItem } from '../src/domain/geo/nearest';

export type BBox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];
export const KUZBASS_BBOX: BBox = [84.4, 52.1, 89.5, 56.9];

/** mulberry32: tiny, fast, good enough for synthetic data; same seed, same stream everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Six decimals, like the real data (PITFALLS: ~0.11 m). */
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const KM_PER_DEG = 111.195;

export function generateSites(n: number, seed: number, bbox: BBox = KUZBASS_BBOX): [number, number][] {
  const rnd = mulberry32(seed);
  const [x0, y0, x1, y1] = bbox;
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) out.push([r6(x0 + rnd() * (x1 - x0)), r6(y0 + rnd() * (y1 - y0))]);
  return out;
}

export interface InfraOptions {
  /** Total number of line segments (over all LineStrings). */
  segments: number;
  /** Point features (default: segments / 20). */
  points?: number;
  /** Small polygons, some with a hole (default 0). */
  polygons?: number;
  /** Segments per LineString: [min, max] (default [4, 16]). */
  segmentsPerLine?: readonly [number, number];
  /** Segment length in km: [min, max] (default [0.3, 4]). */
  stepKm?: readonly [number, number];
  seed: number;
  bbox?: BBox;
}

const LINE_KINDS: readonly [InfraKind, number][] = [
  ['road', 0.45],
  ['power_line', 0.25],
  ['rail_line', 0.15],
  ['gas_pipeline', 0.15],
];
const POINT_KINDS: readonly [InfraKind, number][] = [
  ['substation', 0.4],
  ['rail_station', 0.25],
  ['gas_distribution_station', 0.15],
  ['water_intake', 0.1],
  ['power_plant', 0.07],
  ['airport', 0.03],
];
const POLYGON_KINDS: readonly InfraKind[] = ['water_treatment', 'power_plant', 'airport'];

function pick(rnd: () => number, table: readonly [InfraKind, number][]): InfraKind {
  let u = rnd();
  for (const [kind, w] of table) {
    if (u < w) return kind;
    u -= w;
  }
  return table[table.length - 1]![0];
}

export function generateInfra(opts: InfraOptions): InfraItem[] {
  const rnd = mulberry32(opts.seed);
  const [x0, y0, x1, y1] = opts.bbox ?? KUZBASS_BBOX;
  const [sMin, sMax] = opts.segmentsPerLine ?? [4, 16];
  const [kMin, kMax] = opts.stepKm ?? [0.3, 4];
  const clampX = (x: number): number => Math.min(x1, Math.max(x0, x));
  const clampY = (y: number): number => Math.min(y1, Math.max(y0, y));
  const items: InfraItem[] = [];
  let left = opts.segments;
  for (let n = 0; left > 0; n++) {
    const count = Math.min(left, sMin + Math.floor(rnd() * (sMax - sMin + 1)));
    left -= count;
    const kind = pick(rnd, LINE_KINDS);
    let x = x0 + rnd() * (x1 - x0);
    let y = y0 + rnd() * (y1 - y0);
    let heading = rnd() * 2 * Math.PI;
    const coords: Position[] = [[r6(x), r6(y)]];
    for (let s = 0; s < count; s++) {
      heading += (rnd() - 0.5) * 0.8;
      const km = kMin + rnd() * (kMax - kMin);
      y = clampY(y + (km * Math.cos(heading)) / KM_PER_DEG);
      x = clampX(x + (km * Math.sin(heading)) / (KM_PER_DEG * Math.cos((y * Math.PI) / 180)));
      coords.push([r6(x), r6(y)]);
    }
    items.push({
      id: `${kind}-l${n}`,
      kind,
      name: { ru: `Линия ${n}`, en: `Line ${n}` },
      geometry: { type: 'LineString', coordinates: coords },
    });
  }
  const points = opts.points ?? Math.round(opts.segments / 20);
  for (let n = 0; n < points; n++) {
    const kind = pick(rnd, POINT_KINDS);
    items.push({
      id: `${kind}-p${n}`,
      kind,
      name: { ru: `Объект ${n}` },
      geometry: { type: 'Point', coordinates: [r6(x0 + rnd() * (x1 - x0)), r6(y0 + rnd() * (y1 - y0))] },
    });
  }
  for (let n = 0; n < (opts.polygons ?? 0); n++) {
    const kind = POLYGON_KINDS[n % POLYGON_KINDS.length]!;
    const cx = x0 + rnd() * (x1 - x0);
    const cy = y0 + rnd() * (y1 - y0);
    const radiusKm = 0.3 + rnd() * 3;
    const ring = (scale: number): Position[] => {
      const k = 6 + Math.floor(rnd() * 6);
      const out: Position[] = [];
      for (let j = 0; j < k; j++) {
        const a = (j / k) * 2 * Math.PI;
        const rr = radiusKm * scale * (0.7 + rnd() * 0.3);
        const dy = (rr * Math.cos(a)) / KM_PER_DEG;
        const dx = (rr * Math.sin(a)) / (KM_PER_DEG * Math.cos((cy * Math.PI) / 180));
        out.push([r6(cx + dx), r6(cy + dy)]);
      }
      out.push([...out[0]!]);
      return out;
    };
    const outer = ring(1);
    const rings = rnd() < 0.3 ? [outer, ring(0.4).reverse()] : [outer];
    items.push({
      id: `${kind}-a${n}`,
      kind,
      name: { ru: `Площадка ${n}` },
      geometry: { type: 'Polygon', coordinates: rings },
    });
  }
  return items;
}
