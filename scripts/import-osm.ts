// `npm run import:osm -- --region kuzbass [--from FILE] [--endpoint URL] [--data-dir DIR] ...`
// Imports infrastructure and municipal boundaries from OpenStreetMap into <data-dir>/osm/ and
// points the folder's region.json at them. See docs/osm-import.md. Exit codes: 0 done,
// 1 the import failed (Overpass unreachable, data that would not build), 2 bad arguments or file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatProblem } from '../src/domain/data/format-issues';
import { matchBoundaries, withBoundaries } from '../src/domain/osm/boundaries';
import { convertOverpass } from '../src/domain/osm/convert';
import { DEFAULT_TOLERANCE_DEG } from '../src/domain/osm/geometry';
import { mergeOverpass, osmBaseDate, type OverpassJson } from '../src/domain/osm/osm-types';
import { buildQuery, DEFAULT_ADMIN_LEVELS, type OsmArea } from '../src/domain/osm/queries';
import { OSM_QUERY_GROUPS, type OsmQueryGroup } from '../src/domain/osm/layers';
import { sourcesSection, withSourcesSection } from '../src/domain/osm/sources-section';
import { argValue, defaultRegionId, regionIdProblem, regionSourceDir } from './lib/cli';
import { DEFAULT_ENDPOINT, fetchOverpass, OverpassError } from './osm/overpass-client';
import { progress } from './osm/progress';
import { formatOf, InputError, readOsmFile } from './osm/read-osm-file';
import * as out from './osm/region-output';
import { boundarySummary, simplificationSummary } from './osm/summary';

const FLAGS = ['--region', '--data-dir', '--from', '--endpoint', '--osm-relation', '--tolerance', '--admin-level', '--date', '--save', '--timeout', '--retries', '--backoff-ms'];
const USAGE = `Usage: npm run import:osm -- [--region ID] [--data-dir DIR] [--from FILE | --endpoint URL]
  --from FILE          read a saved Overpass JSON (all layer groups in one file), an .osm XML or an .osm.pbf;
                       .gz and .bz2 files are unpacked as they are read
  --endpoint URL       Overpass interpreter (default: $OVERPASS_URL or ${DEFAULT_ENDPOINT})
  --osm-relation ID    query inside this OSM relation's area instead of the region.json bbox
  --save FILE          also save the combined Overpass answer, for a later --from FILE
  --tolerance DEG      line and ring simplification tolerance in degrees (default ${DEFAULT_TOLERANCE_DEG})
  --admin-level L[,L]  admin_level of municipal boundaries (default ${DEFAULT_ADMIN_LEVELS.join(',')})
  --date YYYY-MM-DD    import date written as "accessed" (default today, UTC)
  --timeout S, --retries N, --backoff-ms MS   Overpass client: time limit per try, retries, first wait`;

function fail(code: 1 | 2, message: string): never {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const unknown = argv.filter((a) => a.startsWith('-') && !FLAGS.includes(a.split('=')[0]!));
  if (unknown.length) fail(2, `Unknown option ${unknown.join(', ')}\n${USAGE}`);
  const num = (flag: string, fallback: number, ok: (n: number) => boolean) => {
    const raw = argValue(flag, argv);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return ok(n) ? n : fail(2, `${flag} ${raw}: not a valid value\n${USAGE}`);
  };
  const regionId = argValue('--region', argv) ?? defaultRegionId();
  // It names the folder written to: "../x" must not reach outside data/regions/.
  const badRegion = regionIdProblem(regionId);
  if (badRegion) fail(2, badRegion);
  const date = argValue('--date', argv) ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(2, `--date ${date}: write it YYYY-MM-DD`);
  const relation = argValue('--osm-relation', argv);
  return {
    regionId,
    dataDir: argValue('--data-dir', argv) ?? regionSourceDir(regionId),
    from: argValue('--from', argv),
    save: argValue('--save', argv),
    endpoint: argValue('--endpoint', argv) ?? process.env.OVERPASS_URL ?? DEFAULT_ENDPOINT,
    relationId: relation === undefined ? undefined : num('--osm-relation', 0, (n) => Number.isInteger(n) && n > 0),
    tolerance: num('--tolerance', DEFAULT_TOLERANCE_DEG, (n) => n >= 0 && n < 0.1),
    adminLevels: (argValue('--admin-level', argv) ?? DEFAULT_ADMIN_LEVELS.join(',')).split(',').map((s) => s.trim()),
    date,
    timeoutMs: num('--timeout', 200, (n) => n > 0) * 1000,
    retries: num('--retries', 3, (n) => Number.isInteger(n) && n >= 0),
    backoffMs: num('--backoff-ms', 2000, (n) => n >= 0),
  };
}

type Args = ReturnType<typeof parseArgs>;

async function fetchAll(args: Args, area: OsmArea, queries: Partial<Record<OsmQueryGroup, string>>): Promise<OverpassJson> {
  const bar = progress('fetch', OSM_QUERY_GROUPS.length);
  const docs: OverpassJson[] = [];
  for (const [i, group] of OSM_QUERY_GROUPS.entries()) {
    bar.update(i, group);
    docs.push(
      await fetchOverpass(queries[group]!, {
        endpoint: args.endpoint,
        timeoutMs: args.timeoutMs,
        retries: args.retries,
        backoffMs: args.backoffMs,
        onRetry: ({ reason, waitMs }) => console.error(`\n${group}: ${reason}; retrying in ${waitMs / 1000} s`),
      }),
    );
  }
  bar.done(`${docs.reduce((n, d) => n + d.elements.length, 0)} elements from ${args.endpoint}`);
  return mergeOverpass(docs);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const folder = out.readRegionFolder(args.dataDir);
  const area: OsmArea = args.relationId ? { relationId: args.relationId } : { bbox: folder.region.bbox };
  const queries = Object.fromEntries(OSM_QUERY_GROUPS.map((g) => [g, buildQuery(g, area, { adminLevels: args.adminLevels })]));

  let doc: OverpassJson;
  if (args.from) {
    if (!existsSync(args.from)) fail(2, `--from ${args.from}: no such file`);
    const passes = formatOf(args.from) === 'pbf' ? 3 : 1;
    const bar = progress('read', passes);
    doc = await readOsmFile(args.from, args.adminLevels, (pass) => bar.update(pass - 1, `pass ${pass}/3`));
    bar.done(`${doc.elements.length} elements from ${basename(args.from)}`);
  } else {
    doc = await fetchAll(args, area, queries);
  }
  if (args.save) writeFileSync(args.save, JSON.stringify(doc));

  const convertBar = progress('convert', 100);
  const converted = convertOverpass(doc, {
    bbox: folder.region.bbox,
    importDate: args.date,
    toleranceDeg: args.tolerance,
    adminLevels: args.adminLevels,
    onProgress: (done, total) => convertBar.update(total ? Math.floor((done / total) * 100) : 100),
  });
  const { stats } = converted;
  convertBar.done(
    `${converted.infrastructure.length} features, ${stats.boundaries} boundaries (${stats.boundariesComplete} complete); ` +
      `positions ${stats.positionsIn} -> ${stats.positionsOut}`,
  );
  for (const problem of stats.invalid) console.error(`  skipped ${problem}`);

  const matchBar = progress('match', converted.boundaries.length);
  const match = matchBoundaries(converted.boundaries, folder.municipalities.features, folder.matchTable);
  matchBar.done(`${match.matched.length} of ${folder.municipalities.features.length} municipalities`);

  const writeBar = progress('write', 1);
  const municipalities = withBoundaries(folder.municipalities.features, match.matched, args.date);
  const merged = [...folder.curatedInfrastructure, ...converted.infrastructure];
  const sourcesPath = join(args.dataDir, 'SOURCES.md');
  const oldSources = existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : '';
  const section = sourcesSection({
    importDate: args.date,
    dataDate: osmBaseDate(doc),
    origin: args.from ? `saved file \`${basename(args.from)}\`` : `Overpass API at ${args.endpoint}`,
    live: !args.from,
    queries,
    toleranceDeg: args.tolerance,
    simplified: stats.simplified,
    keptWhole: stats.keptWhole,
    byKind: stats.byKind,
    match,
    files: out.OSM_FILES,
  });
  const files: Record<string, string> = {
    [out.OSM_FILES.infrastructure]: out.featureCollectionText(converted.infrastructure),
    [out.OSM_FILES.merged]: out.featureCollectionText(merged),
    [out.OSM_FILES.municipalities]: out.featureCollectionText(municipalities),
    'region.json': `${JSON.stringify(out.updatedRegionJson(folder), null, 2)}\n`,
  };
  const problems = out.checkNewFiles(args.dataDir, files);
  if (problems.length) {
    console.error(`\nThe imported data would not build (${args.dataDir}):`);
    for (const p of problems.slice(0, 30)) console.error(`  ${formatProblem(p)}`);
    fail(1, `${problems.length} problem(s). Nothing was written.`);
  }
  files['SOURCES.md'] = withSourcesSection(oldSources, section);
  files[out.OSM_FILES.manifest] = `${JSON.stringify(
    { importDate: args.date, dataDate: osmBaseDate(doc) ?? null, origin: args.from ? basename(args.from) : args.endpoint, toleranceDeg: args.tolerance, curated: folder.curated, counts: stats.byKind, boundaries: { read: stats.boundaries, complete: stats.boundariesComplete, matched: match.matched.length, refused: match.refused.length } },
    null,
    2,
  )}\n`;
  out.writeFiles(args.dataDir, files);
  writeBar.done(`wrote ${Object.keys(files).join(', ')}`);

  const kinds = Object.entries(stats.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(
    `OSM import OK for "${folder.region.id}" (${args.dataDir}): ${converted.infrastructure.length} infrastructure features` +
      `${kinds ? ` (${kinds})` : ''}, ${match.matched.length}/${folder.municipalities.features.length} municipalities with an OSM boundary ` +
      `(${Math.round(performance.now() - started)} ms). © OpenStreetMap contributors, ODbL.`,
  );
  console.log([...boundarySummary(match, stats), simplificationSummary(stats)].join('\n'));
}

main().catch((e: unknown) => {
  if (e instanceof OverpassError) fail(1, e.message);
  if (e instanceof InputError || e instanceof out.RegionError) fail(2, e.message);
  throw e;
});
