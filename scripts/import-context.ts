// `npm run import:context -- --region kuzbass`: the region's outline, its neighbours, rivers and
// lakes, offline, from GMT's data (Debian: gmt, gmt-dcw, gmt-gshhg-high; all LGPL-3+), into
// data/regions/<region>/context/ with their SOURCES.md section. A maintainer runs it once and
// commits the files: neither `npm start` nor CI needs GMT.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { CONTEXT_FILES } from '../src/domain/data/context-files';
import { RegionConfig } from '../src/domain/schema/region';
import { levelOf, parseGmtSegments, ringsOf } from './context/gmt-text';
import { argValue, regionIdOrExit, regionSourceDir } from './lib/cli';
import { replaceSection } from './context/sources';

const regionId = regionIdOrExit();
const dir = argValue('--data-dir') ?? regionSourceDir(regionId);
const today = argValue('--date') ?? new Date().toISOString().slice(0, 10);

function gmt(args: string[]): string {
  try {
    return execFileSync('gmt', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error('GMT is not installed: sudo apt-get install -y gmt gmt-dcw gmt-gshhg-high', { cause: e });
    throw new Error(`gmt ${args.join(' ')} failed: ${String(err.stderr ?? err.message).trim().split('\n')[0]}`, { cause: e });
  }
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const polygonOf = (code: string) => {
  const rings = ringsOf(parseGmtSegments(gmt(['coast', `-E${code}`, '-M'])));
  if (!rings.length) throw new Error(`GMT printed no outline for ${code}: check the code with \`gmt coast -E+L\``);
  return { type: 'MultiPolygon' as const, coordinates: rings.map((r) => [r]) };
};

function main(): void {
  const region = RegionConfig.parse(JSON.parse(readFileSync(join(dir, 'region.json'), 'utf8')));
  if (!region.context) throw new Error(`${join(dir, 'region.json')}: no "context" (its DCW code and neighbours) to import`);
  const { dcw, neighbours } = region.context;
  console.log(`Outline of ${dcw}…`);
  const outline = polygonOf(dcw);
  // Rivers and lakes over the region and a margin of its neighbours.
  const [w, s, e, n] = region.bbox;
  const m = 1;
  const box = `-R${w - m}/${e + m}/${s - m}/${n + m}`;
  console.log(`Rivers and lakes in ${box.slice(2)}…`);
  // Major rivers only (GSHHG/WDBII levels 1-3: double-lined and permanent major rivers).
  const rivers = parseGmtSegments(gmt(['coast', box, '-I1', '-I2', '-I3', '-M', '-Df']));
  const lakes = parseGmtSegments(gmt(['coast', box, '-A0/2/2', '-W', '-M', '-Df']));
  const byLevel = new Map<number, [number, number][][]>();
  for (const r of rivers) {
    const level = levelOf(r.header) ?? 0;
    byLevel.set(level, [...(byLevel.get(level) ?? []), r.coords]);
  }
  // The world outside the region, dimmed on the map: a box 8° around it with the region cut out.
  const pad = 8;
  const outer: [number, number][] = [[w - pad, s - pad], [e + pad, s - pad], [e + pad, n + pad], [w - pad, n + pad], [w - pad, s - pad]];
  const holes = outline.coordinates.map(([ring]) => [...ring!].reverse());
  const files: Record<string, FeatureCollection> = {
    [CONTEXT_FILES.outline]: collection([{ type: 'Feature', properties: { id: dcw }, geometry: outline }]),
    [CONTEXT_FILES.mask]: collection([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [outer, ...holes] } }]),
    [CONTEXT_FILES.neighbours]: collection(
      neighbours.map((nb) => {
        console.log(`Neighbour ${nb.dcw}…`);
        // Only the part near the region is ever seen: Krasnoyarsk Krai alone is ~400 KB whole.
        const clipped = bboxClip(polygonOf(nb.dcw), [w - 3, s - 3, e + 3, n + 3]).geometry;
        // Clipping leaves empty parts where a part lay wholly outside the box: drop them.
        const parts = ((clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates) as Position[][][])
          .map((polygon) => polygon.filter((ring) => ring.length >= 4))
          .filter((polygon) => polygon.length > 0);
        const near = { type: 'MultiPolygon' as const, coordinates: parts };
        return { type: 'Feature', properties: { id: nb.dcw, nameRu: nb.name.ru, nameEn: nb.name.en ?? nb.name.ru }, geometry: near };
      }),
    ),
    [CONTEXT_FILES.rivers]: collection(
      [...byLevel].sort(([a], [b]) => a - b).map(([level, lines]) => ({ type: 'Feature', properties: { level }, geometry: { type: 'MultiLineString', coordinates: lines } })),
    ),
    [CONTEXT_FILES.lakes]: collection([{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lakes.map((l) => l.coords) } }]),
  };
  mkdirSync(join(dir, 'context'), { recursive: true });
  for (const [name, fc] of Object.entries(files)) writeFileSync(join(dir, name), `${JSON.stringify(fc)}\n`);
  const version = gmt(['--version']).trim();
  const section = [
    '## Context layers (region outline, neighbours, rivers, lakes)',
    '',
    `Imported ${today} by \`npm run import:context\` with GMT ${version} from Debian's packages:`,
    `- \`${CONTEXT_FILES.outline}\`, \`${CONTEXT_FILES.neighbours}\`, \`${CONTEXT_FILES.mask}\`: Digital Chart of the World`,
    `  boundaries (package gmt-dcw, LGPL-3+), \`gmt coast -E${dcw} -M\` and one call per neighbour`,
    `  (${neighbours.map((nb) => nb.dcw).join(', ')}), neighbours clipped to the region's box + 3°; the mask is a box 8°
  around the region with its outline cut out.`,
    '- `context/rivers.geojson`, `context/lakes.geojson`: GSHHG 2.3.7 and WDBII rivers and lake shores (package',
    `  gmt-gshhg-high, LGPL-3+), \`gmt coast ${box} -I1 -I2 -I3 -M -Df\` and \`-A0/2/2 -W -M -Df\`.`,
    '- Positions rounded to 5 decimals (~1 m). Region scale only: these outlines are generalised and are',
    '  not legal boundaries. Neighbour names are written in region.json (DCW names are English only).',
  ].join('\n');
  const sourcesPath = join(dir, 'SOURCES.md');
  writeFileSync(sourcesPath, replaceSection(readFileSync(sourcesPath, 'utf8'), '## Context layers', section));
  const vertices = (fc: FeatureCollection) => JSON.stringify(fc).split('],[').length;
  console.log(
    `Context OK for "${regionId}": outline ${outline.coordinates.length} part(s), ${neighbours.length} neighbours, ` +
      `${rivers.length} river lines, ${lakes.length} lake shores; ~${Object.values(files).reduce((t, fc) => t + vertices(fc), 0)} vertices -> ${join(dir, 'context')}`,
  );
}

try {
  main();
} catch (e) {
  console.error(`import:context: ${(e as Error).message}`);
  process.exitCode = 1;
}
