
import { readFileSync } from 'node:fs';
import { validateProposal } from './src/domain/validation';
{
  const doc = JSON.parse(readFileSync('test/fixtures/proposals/good-multipolygon.geojson', 'utf8'));
  // find slot 9 like the test
  const out: any[] = []; const stack: any[] = [doc];
  while (stack.length) { const v = stack.pop(); if (typeof v !== 'object' || v === null) continue; for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) { out.push([v, k]); stack.push(v[k]); } }
  const [parent, key] = out[9 % out.length];
  console.log('slot', key, JSON.stringify(parent[key]).slice(0, 200));
  const target = parent[key];
  parent[key] = Array.from({ length: 2000 }, (_, i) => target[i % Math.max(target.length, 1)]);
  const ctx: any = { regionBbox: [84.4, 52.1, 89.5, 56.9], regionName: { ru: 'К' }, municipalityIds: [], existingSites: [], lang: 'en' };
  const t = performance.now();
  const r = validateProposal(doc, ctx);
  console.log(Math.round(performance.now() - t), r.issues.map((i) => i.code + ' ' + i.path + ' ' + JSON.stringify(i.params)).slice(0, 5));
}
