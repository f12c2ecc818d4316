// The written pages at all-Russia scale: scripts/build-pages.ts on a generated region of 2,000
// sites (4,000 site pages in two languages and 2,002 pictures), against the Vite production build
// of the same app in the same run (the floor: the part of `npm run build` that was there before);
// cold (no picture drawn before) and warm (again after one site's edit, pictures kept).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRegion, writeRegion, type RegionSize } from './generate-region';
import { ROOT } from './lib/dist';
import { fmtRatio } from './lib/stats';
import type { BenchContext } from './nearest.bench';

const timed = (args: string[]): { ms: number; out: string } => {
  const started = performance.now();
  const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'pipe'] });
  return { ms: performance.now() - started, out: out.trim() };
};

export async function runPagesBench(ctx: BenchContext): Promise<object> {
  // The pages read sites and municipalities only: infrastructure is kept small so the data build is quick.
  const size: RegionSize = { sites: ctx.quick ? 500 : 2_000, segments: 20_000, municipalities: [50, 50], edgeVertices: 10 };
  const work = mkdtempSync(path.join(os.tmpdir(), 'parkatlas-pages-'));
  try {
    const src = path.join(work, 'src');
    const dist = path.join(work, 'dist');
    writeRegion(src, generateRegion(size, 11));
    const vite = timed([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error']);
    ctx.log(`  vite build (floor): ${(vite.ms / 1000).toFixed(1)} s`);
    const out = path.join(dist, 'data', 'kuzbass');
    rmSync(out, { recursive: true, force: true });
    const data = timed(['--import', 'tsx', path.join(ROOT, 'scripts/build-data.ts'), '--data-dir', src, '--out', out]);
    ctx.log(`  data build: ${(data.ms / 1000).toFixed(1)} s`);
    // Cold: no picture drawn before (a fresh clone's first build). Warm: the same build again
    // with one site renamed, as a maintainer's next build after an edit.
    const cache = path.join(work, 'picture-cache');
    const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const pages = timed(['--import', 'tsx', path.join(ROOT, 'scripts/build-pages.ts'), '--dist', dist, '--picture-cache', cache]);
    ctx.log(`  cold: ${pages.out}`);
    const pictures = readdirSync(path.join(dist, 'og')).length;
    const pageCount = readdirSync(path.join(dist, 'site')).length + readdirSync(path.join(dist, 'en', 'site')).length + 1;
    const ratio = pages.ms / vite.ms;
    ctx.log(`  pages ${(pages.ms / 1000).toFixed(1)} s = ${fmtRatio(ratio)} the Vite build; ${pageCount} pages, ${pictures} pictures, ${os.availableParallelism()} cores`);
    writeFileSync(path.join(dist, 'index.html'), template);
    const sitesFile = path.join(out, 'sites.geojson');
    const sites = JSON.parse(readFileSync(sitesFile, 'utf8')) as { features: { properties: { name: { ru: string } } }[] };
    sites.features[0]!.properties.name.ru += ' (переименована)';
    writeFileSync(sitesFile, JSON.stringify(sites));
    const warm = timed(['--import', 'tsx', path.join(ROOT, 'scripts/build-pages.ts'), '--dist', dist, '--picture-cache', cache]);
    ctx.log(`  warm: ${warm.out}`);
    ctx.log(`  warm pages ${(warm.ms / 1000).toFixed(1)} s = ${fmtRatio(warm.ms / vite.ms)} the Vite build`);
    return {
      sites: size.sites,
      pages: pageCount,
      pictures,
      viteBuildMs: Math.round(vite.ms),
      dataBuildMs: Math.round(data.ms),
      pagesMs: Math.round(pages.ms),
      pagesOutput: pages.out,
      pagesVsViteBuild: Number(ratio.toFixed(2)),
      warmPagesMs: Math.round(warm.ms),
      warmPagesOutput: warm.out,
      warmPagesVsViteBuild: Number((warm.ms / vite.ms).toFixed(2)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
