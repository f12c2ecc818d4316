// A seeded, synthetic region in the source format of data/regions/<id>/ (valid for the data
// build): all-Russia scale by default — 2,000 sites, 1M infrastructure line segments, 2,500
// municipal polygons. Sites copy the real Kuzbass sites' passports (new ids, names, places).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Position } from 'geojson';
import { generateInfra, mulberry32, type BBox } from './generate';
import { ROOT } from './lib/dist';

export const RUSSIA_BBOX: BBox = [27, 41, 179, 78];

export interface RegionSize {
  sites: number;
  segments: number;
  /** A grid of cols × rows municipalities. */
  municipalities: readonly [cols: number, rows: number];
  /** Boundary vertices per cell edge (4 edges per polygon). */
  edgeVertices: number;
}

export const ALL_RUSSIA: RegionSize = { sites: 2_000, segments: 1_000_000, municipalities: [50, 50], edgeVertices: 40 };

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
const provenance = { sources: [{ title: 'ParkAtlas benchmark generator (synthetic)', accessed: '2026-11-27' }], asOf: '2026-11-27' };

/** Grid cells with wavy edges, shrunk a little so neighbours never overlap. */
function municipalities(size: RegionSize, bbox: BBox, rnd: () => number) {
  const [cols, rows] = size.municipalities;
  const [x0, y0, x1, y1] = bbox;
  const w = (x1 - x0) / cols;
  const h = (y1 - y0) / rows;
  const features = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const ax = x0 + c * w + w * 0.03;
      const ay = y0 + r * h + h * 0.03;
      const bx = ax + w * 0.94;
      const by = ay + h * 0.94;
      const ring: Position[] = [];
      const n = size.edgeVertices;
      const wobble = (t: number) => 0.02 * Math.sin(t * Math.PI * 3 + rnd()) * Math.sin(t * Math.PI);
      for (let i = 0; i < n; i++) ring.push([r6(ax + ((bx - ax) * i) / n), r6(ay + h * Math.abs(wobble(i / n)))]);
      for (let i = 0; i < n; i++) ring.push([r6(bx - w * Math.abs(wobble(i / n))), r6(ay + ((by - ay) * i) / n)]);
      for (let i = 0; i < n; i++) ring.push([r6(bx - ((bx - ax) * i) / n), r6(by - h * Math.abs(wobble(i / n)))]);
      for (let i = 0; i < n; i++) ring.push([r6(ax + w * Math.abs(wobble(i / n))), r6(by - ((by - ay) * i) / n)]);
      ring.push(ring[0]!);
      const id = `mun-${r}-${c}`;
      features.push({
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [ring] },
        properties: {
          id,
          name: { ru: `Округ ${r}-${c}`, en: `District ${r}-${c}` },
          type: rnd() < 0.3 ? 'urban_okrug' : 'municipal_okrug',
          centreName: { ru: `Центр ${r}-${c}`, en: `Centre ${r}-${c}` },
          centre: [r6((ax + bx) / 2), r6((ay + by) / 2)],
          ...(rnd() < 0.8 ? { population: { value: Math.round(2_000 + rnd() * 400_000) } } : {}),
          ...provenance,
          locationPrecision: 'exact',
        },
      });
    }
  }
  return { features, cell: (lon: number, lat: number) => `mun-${Math.min(rows - 1, Math.floor((lat - y0) / h))}-${Math.min(cols - 1, Math.floor((lon - x0) / w))}` };
}

export function generateRegion(size: RegionSize, seed: number, bbox: BBox = RUSSIA_BBOX) {
  const rnd = mulberry32(seed);
  const kuzbass = path.join(ROOT, 'data', 'regions', 'kuzbass');
  const templates = JSON.parse(readFileSync(path.join(kuzbass, 'sites.geojson'), 'utf8')).features as { properties: Record<string, unknown> }[];
  // Kuzbass's outline, neighbours and rivers are not this region's: the generated one has none.
  const { context: _context, ...region } = JSON.parse(readFileSync(path.join(kuzbass, 'region.json'), 'utf8'));
  const mun = municipalities(size, bbox, rnd);
  const [x0, y0, x1, y1] = bbox;
  const sites = Array.from({ length: size.sites }, (_, i) => {
    const t = templates[i % templates.length]!;
    const lon = r6(x0 + rnd() * (x1 - x0));
    const lat = r6(y0 + rnd() * (y1 - y0));
    const { partOf: _partOf, ...props } = t.properties;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { ...props, id: `gen-site-${i + 1}`, name: { ru: `Площадка ${i + 1}`, en: `Site ${i + 1}` }, municipalityId: mun.cell(lon, lat) },
    };
  });
  const infrastructure = generateInfra({ segments: size.segments, points: 4_000, bbox, seed: seed + 1, segmentsPerLine: [20, 60], stepKm: [1, 8] }).map((item) => ({
    type: 'Feature',
    geometry: item.geometry,
    properties: {
      id: item.id.replaceAll('_', '-'),
      kind: item.kind,
      name: item.name,
      status: 'existing',
      locationPrecision: 'exact',
      ...(item.kind === 'power_line' ? { voltageKv: [[500, 220, 110, 35][Math.floor(rnd() * 4)]!] } : {}),
      ...provenance,
    },
  }));
  return {
    'region.json': {
      ...region,
      id: 'generated',
      name: { ru: 'Синтетический регион (масштаб России)', en: 'Synthetic region (all-Russia scale)' },
      bbox,
      defaultView: { center: [r6((x0 + x1) / 2), r6((y0 + y1) / 2)], zoom: 3 },
      basemap: { online: null },
      attribution: ['Synthetic data (ParkAtlas benchmark)'],
    },
    'sites.geojson': { type: 'FeatureCollection', features: sites },
    'infrastructure.geojson': { type: 'FeatureCollection', features: infrastructure },
    'municipalities.geojson': { type: 'FeatureCollection', features: mun.features },
  };
}

export function writeRegion(dir: string, files: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(files)) writeFileSync(path.join(dir, name), JSON.stringify(value));
}
