// `npm run release -- --region kuzbass [--date 2026-12-07] [--force]`: cuts a release of the
// region's data, the summary a quarterly hearing compares (src/domain/releases.ts), into
// data/regions/<region>/releases/<date>.json, to be committed with the data. The data must pass
// the data build first: a release of data the build refuses would compare nothing real.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegion } from '../src/domain/data/build-region';
import { formatProblem } from '../src/domain/data/format-issues';
import { RELEASES_DIR } from '../src/domain/data/output-files';
import { localDay } from '../src/domain/event-dates';
import { makeRelease, type FeatureLike } from '../src/domain/releases';
import { IsoDate } from '../src/domain/schema/common';
import { argValue, regionIdOrExit, regionSourceDir } from './lib/cli';

const regionId = regionIdOrExit();
const dataDir = argValue('--data-dir') ?? regionSourceDir(regionId);
// Today by the maintainer's own calendar, as the exports date their files.
const date = argValue('--date') ?? localDay(new Date());
if (!IsoDate.safeParse(date).success) {
  console.error(`--date must be a day written YYYY-MM-DD, not "${date}"`);
  process.exit(2);
}
const read = (name: string) => readFileSync(join(dataDir, name), 'utf8');
const result = buildRegion(read);
if (!result.outputs) {
  console.error(`No release: the data of "${regionId}" does not pass the data build:`);
  for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
const region = JSON.parse(read('region.json')) as { files: { sites: string; infrastructure: string } };
const features = (file: string) => (JSON.parse(read(file)) as { features: { properties: FeatureLike }[] }).features.map((f) => f.properties);
const release = makeRelease(regionId, date, features(region.files.sites), features(region.files.infrastructure));
const out = join(dataDir, RELEASES_DIR, `${date}.json`);
if (existsSync(out) && !process.argv.includes('--force')) {
  console.error(`${out} exists: a release of ${date} was cut already (pass --force to replace it).`);
  process.exit(1);
}
mkdirSync(join(dataDir, RELEASES_DIR), { recursive: true });
writeFileSync(out, `${JSON.stringify(release, null, 2)}\n`);
console.log(`Release ${date} of "${regionId}": ${Object.keys(release.features).length} features -> ${out}`);
