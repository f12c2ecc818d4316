// Validation speed on the inputs that once made it slow (moved here from the unit tests, which
// now check the work done, not the clock): 30,000 parts, 10,000 holes, 2,000 copies of a ring,
// and a ~50 MB file. Floor in the same run: JSON.parse of the same input as text, the least any
// checker must do to read it.
import { featureCollection, polygon } from '@turf/turf';
import { validateProposal, validateProposalText, type ValidationContext } from '../src/domain/validation';
import type { Pos } from '../src/domain/validation/geometry-read';
import { fmtMs, fmtRatio, median, table, timeRepeated } from './lib/stats';
import type { BenchContext } from './nearest.bench';

const CTX: ValidationContext = {
  regionBbox: [84.4, 52.1, 89.5, 56.9],
  regionName: { ru: 'Регион', en: 'Region' },
  municipalityIds: ['m'],
  existingSites: [],
  requireProperties: false,
};

const cell = (x: number, y: number, d: number): Pos[] => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
const star = (c: Pos, n: number): Pos[] => {
  const pts = Array.from({ length: n }, (_, i): Pos => {
    const a = (2 * Math.PI * i) / n;
    const r = i % 2 ? 0.01 : 0.02;
    return [+(c[0] + r * Math.cos(a)).toFixed(6), +(c[1] + r * Math.sin(a)).toFixed(6)];
  });
  return [...pts, pts[0]!];
};

function cases(quick: boolean): { name: string; text: string; run: (text: string) => unknown }[] {
  const grid = Array.from({ length: 30_000 }, (_, k) => [cell(85.5 + (k % 200) * 0.005, 55.2 + Math.floor(k / 200) * 0.002, 0.001)]);
  const holes = Array.from({ length: 10_000 }, (_, k) => cell(86.2 + (k % 100) * 0.0002, 55.3 + Math.floor(k / 100) * 0.0002, 0.0001).reverse());
  const copies = Array.from({ length: 2000 }, () => cell(86.2, 55.3, 0.01));
  const geometry = (g: object) => (text: string) => validateProposal(JSON.parse(text) as unknown, CTX) && g;
  const sites = quick ? 220 : 2200;
  const big = featureCollection(Array.from({ length: sites }, (_, k) => ({ ...polygon([star([85 + (k % 40) * 0.1, 53 + Math.floor(k / 40) * 0.05], 1000)]), id: `p${k}` })));
  return [
    { name: '30,000 parts', text: JSON.stringify({ type: 'MultiPolygon', coordinates: grid }), run: geometry(grid) },
    { name: '10,000 holes', text: JSON.stringify({ type: 'Polygon', coordinates: [cell(86.1999, 55.2999, 0.0202), ...holes] }), run: geometry(holes) },
    { name: '2,000 copies of a ring', text: JSON.stringify({ type: 'Polygon', coordinates: copies }), run: geometry(copies) },
    { name: `${sites.toLocaleString('en')} sites × 1,000 vertices`, text: JSON.stringify(big), run: (text) => validateProposalText(text, CTX, text.length) },
  ];
}

export async function runValidateBench(ctx: BenchContext) {
  const rows = [];
  for (const c of cases(ctx.quick)) {
    ctx.gc();
    const floor = median(timeRepeated(() => JSON.parse(c.text), ctx.quick ? 300 : 2_000, 3, 20));
    const check = median(timeRepeated(() => c.run(c.text), ctx.quick ? 300 : 3_000, 3, 10));
    rows.push({ input: c.name, megabytes: +(c.text.length / 1e6).toFixed(1), floorMs: floor, validateMs: check, ratio: check / floor });
  }
  ctx.log(table(['input', 'MB', 'JSON.parse (floor)', 'validate', 'ratio'], rows.map((r) => [r.input, String(r.megabytes), `${fmtMs(r.floorMs)} ms`, `${fmtMs(r.validateMs)} ms`, fmtRatio(r.ratio)])));
  return { rows };
}
