// `npm run data [-- --region kuzbass]`: validates a region's files with the app's own zod schemas
// and writes compact, derived outputs to public/data/<region>/. Any bad file fails the build
// with every problem listed (file, feature id, field, rule).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildRegion, OUTPUT_FILES } from '../src/domain/data/build-region';
import { formatProblem } from '../src/domain/data/format-issues';
import { RegionConfig } from '../src/domain/schema/region';
import { argValue, projectRoot, regionIdOrExit, regionSourceDir } from './lib/cli';
import { writeMapFiles } from './tiles/write-map-files';
import { copyReleases } from './lib/releases';

const regionId = regionIdOrExit();
const dataDir = argValue('--data-dir') ?? regionSourceDir(regionId);
const outDir = argValue('--out') ?? join(projectRoot, 'public', 'data', regionId);

const started = performance.now();
const result = buildRegion((name) => readFileSync(join(dataDir, name), 'utf8'));
if (!result.outputs) {
  console.error(`Data build failed for region "${regionId}" (${dataDir}):`);
  for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
  console.error(`${result.problems.length} problem(s). Nothing was written.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
// What the written pages were made from (scripts/build-pages.ts): data rebuilt in place without
// them gets a new fingerprint, and the app then draws its own screen instead of adopting theirs.
const fingerprint = createHash('sha256');
for (const name of [OUTPUT_FILES.region, OUTPUT_FILES.sites, OUTPUT_FILES.municipalities]) fingerprint.update(JSON.stringify(result.outputs[name]));
Object.assign(result.outputs[OUTPUT_FILES.region] as object, { dataVersion: fingerprint.digest('hex').slice(0, 16) });
for (const [name, value] of Object.entries(result.outputs)) {
  mkdirSync(dirname(join(outDir, name)), { recursive: true });
  writeFileSync(join(outDir, name), JSON.stringify(value));
}
// The releases go out as they are, checked, with an index of their dates (oldest first).
const releases = copyReleases(dataDir, outDir);
if (typeof releases === 'string') {
  console.error(`Data build failed for region "${regionId}": ${releases}`);
  process.exit(1);
}
const builtRegion = RegionConfig.parse(result.outputs['region.json']);
for (const t of writeMapFiles(outDir, builtRegion, result.map!)) {
  if (t.tiles !== undefined) console.log(`  ${t.file}: ${t.tiles} tiles, ${(t.bytes / 1024 ** 2).toFixed(1)} MB (${Math.round(t.ms)} ms)`);
}
const { summary } = result;
console.log(
  `Data build OK for "${regionId}": ${summary.sites} sites, ${summary.infrastructure} infrastructure features, ` +
    `${summary.municipalities} municipalities, ${releases.length} release(s) -> ${outDir} (${Math.round(performance.now() - started)} ms)`,
);
