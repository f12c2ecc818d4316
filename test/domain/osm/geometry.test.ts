import { describe, expect, it } from 'vitest';
import { cleanPositions, DEFAULT_TOLERANCE_DEG, prepareGeometry } from '../../../src/domain/osm/geometry';

const BBOX = [84.4, 52.1, 89.5, 56.9] as const;

describe('prepareGeometry', () => {
  it('drops vertices closer than the tolerance to the line and keeps the ends', () => {
    const wiggle = Array.from({ length: 101 }, (_, i) => [85 + i * 0.01, 55 + (i % 2) * 0.0001]);
    const g = prepareGeometry({ type: 'LineString', coordinates: wiggle }, BBOX, DEFAULT_TOLERANCE_DEG);
    expect(g).toEqual({ type: 'LineString', coordinates: [[85, 55], [86, 55]] });
  });

  it('keeps bends larger than the tolerance', () => {
    const bend = [[85, 55], [85.5, 55.01], [86, 55]];
    expect(prepareGeometry({ type: 'LineString', coordinates: bend }, BBOX)).toEqual({ type: 'LineString', coordinates: bend });
  });

  it('rounds to 6 decimals and drops repeated positions', () => {
    expect(cleanPositions([[85.12345678, 55.1], [85.123457, 55.1], [85.2, 55.2]])).toEqual([[85.123457, 55.1], [85.2, 55.2]]);
    const g = prepareGeometry({ type: 'LineString', coordinates: [[85.1234567, 55], [85.1234567, 55], [85.2, 55.1]] }, BBOX, 0);
    expect(g).toEqual({ type: 'LineString', coordinates: [[85.123457, 55], [85.2, 55.1]] });
  });

  it('clips lines at the region bbox and splits a line that leaves and comes back', () => {
    const across = prepareGeometry({ type: 'LineString', coordinates: [[84.3, 55.6], [84.5, 55.6]] }, BBOX);
    expect(across).toEqual({ type: 'LineString', coordinates: [[84.4, 55.6], [84.5, 55.6]] });
    const outAndBack = prepareGeometry({ type: 'LineString', coordinates: [[84.5, 55], [84.3, 55.5], [84.5, 56]] }, BBOX);
    expect(outAndBack?.type).toBe('MultiLineString');
    expect(prepareGeometry({ type: 'LineString', coordinates: [[80, 55], [81, 55]] }, BBOX)).toBeUndefined();
  });

  it('keeps points inside and drops points outside', () => {
    expect(prepareGeometry({ type: 'Point', coordinates: [85.12345678, 55] }, BBOX)).toEqual({ type: 'Point', coordinates: [85.123457, 55] });
    expect(prepareGeometry({ type: 'Point', coordinates: [55, 85] }, BBOX)).toBeUndefined();
  });

  it('clips polygons, closes their rings and winds them counter-clockwise', () => {
    const g = prepareGeometry(
      { type: 'Polygon', coordinates: [[[84.3, 55], [84.3, 55.2], [84.6, 55.2], [84.6, 55], [84.3, 55]]] },
      BBOX,
    );
    expect(g?.type).toBe('Polygon');
    const ring = (g as { coordinates: number[][][] }).coordinates[0]!;
    expect(Math.min(...ring.map((p) => p[0]!))).toBe(84.4);
    expect(ring[0]).toEqual(ring.at(-1));
    const area2 = ring.slice(1).reduce((s, p, i) => s + (ring[i]![0]! * p[1]! - p[0]! * ring[i]![1]!), 0);
    expect(area2).toBeGreaterThan(0);
  });

  it('keeps a small polygon (a substation) whole rather than collapsing it', () => {
    const tiny = [[84.86, 55.74], [84.8604, 55.74], [84.8604, 55.7402], [84.86, 55.7402], [84.86, 55.74]];
    const g = prepareGeometry({ type: 'Polygon', coordinates: [tiny] }, BBOX);
    expect((g as { coordinates: number[][][] }).coordinates[0]!.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps a roundabout (a closed way smaller than the tolerance) as it was, and counts it', () => {
    // A 30 m circle of 12 vertices: Douglas–Peucker alone leaves only its start point.
    const ring = Array.from({ length: 13 }, (_, i) => {
      const a = ((i % 12) / 12) * 2 * Math.PI;
      return [86.05 + 0.00024 * Math.cos(a), 55.35 + 0.00014 * Math.sin(a)];
    });
    const report = { keptWhole: 0 };
    const g = prepareGeometry({ type: 'LineString', coordinates: ring }, BBOX, DEFAULT_TOLERANCE_DEG, report);
    expect(g?.type).toBe('LineString');
    expect((g as { coordinates: number[][] }).coordinates).toHaveLength(13);
    expect(report.keptWhole).toBe(1);
  });

});
