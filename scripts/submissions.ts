// `npm run submissions -- list | show ID | accept ID | reject ID --reason "..."`: moderating what
// the receiver stored (docs/receiver.md). Exit 0 done, 1 not found / invalid / already decided,
// 2 bad arguments; every refusal is one line on stderr.
import { resolve } from 'node:path';
import type { Feature } from 'geojson';
import { defaultRegionId, regionIdProblem, regionSourceDir } from './lib/cli';
import { forTerminal, jsonForTerminal } from './lib/terminal-text';
import { UsageError, parseArgs } from './receiver/args';
import { Refused, accept, reject } from './receiver/moderate';
import { RegionError } from './receiver/region';
import { ID_PATTERN, listRecords, readRecord, type SubmissionRecord } from './receiver/store';

const USAGE =
  'usage: npm run submissions -- list [--status pending|accepted|rejected] | show ID [--json] | ' +
  'accept ID [--region kuzbass | --data-dir DIR] | reject ID --reason "..."  [--dir ./submissions]';

const STATUSES = ['pending', 'accepted', 'rejected'];

function siteName(r: SubmissionRecord): string {
  const names = [...new Set(r.proposal.features.map((f) => String((f.properties as { name?: unknown } | null)?.name ?? '?')))];
  return names.length > 1 ? `${names[0]} (+${names.length - 1})` : (names[0] ?? '?');
}

function printList(records: SubmissionRecord[], dir: string): void {
  if (!records.length) {
    console.log(`no submissions in ${dir}`);
    return;
  }
  const rows = safeRows(records.map((r) => [
    r.id,
    r.receivedAt.slice(0, 16).replace('T', ' '),
    r.status,
    r.submitter.municipalityId,
    siteName(r),
    `${r.submitter.name} <${r.submitter.email}>`,
  ]));
  const head = ['ID', 'RECEIVED (UTC)', 'STATUS', 'MUNICIPALITY', 'SITE', 'SUBMITTER'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [head, ...rows]) console.log(row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!))).join('  '));
}

/** Every cell printed as text, never as terminal commands (scripts/lib/terminal-text.ts). */
function safeRows(rows: string[][]): string[][] {
  return rows.map((row) => row.map(forTerminal));
}

function printRecord(r: SubmissionRecord): void {
  const line = (label: string, value: string) => console.log(`${label.padEnd(12)}${forTerminal(value)}`);
  line('id', r.id);
  line('status', r.status);
  line('received', r.receivedAt);
  line('submitter', `${r.submitter.name} <${r.submitter.email}>${r.submitter.phone ? `, ${r.submitter.phone}` : ''}, ${r.submitter.municipalityId}`);
  line('client', `${r.clientId} (Idempotency-Key ${r.idempotencyKey})`);
  if (r.acceptedAt) line('accepted', `${r.acceptedAt}: site(s) ${r.siteIds?.join(', ') ?? '?'}`);
  if (r.rejectedAt) line('rejected', `${r.rejectedAt}: ${r.reason ?? ''}`);
  line('features', String(r.proposal.features.length));
  r.proposal.features.forEach((f: Feature, i) => {
    const g = f.geometry;
    const parts = g.type === 'MultiPolygon' ? `, ${g.coordinates.length} parts` : '';
    console.log(`  [${i}] ${g.type}${parts}`);
    for (const [k, v] of Object.entries(f.properties ?? {})) console.log(`      ${forTerminal(k).padEnd(16)}${forTerminal(typeof v === 'string' ? v : JSON.stringify(v))}`);
  });
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['--dir', '--region', '--data-dir', '--reason', '--status'], ['--json']);
  const [command, id, ...extra] = args.positional;
  if (!command) throw new UsageError('no command given');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const dir = resolve(args.values.get('--dir') ?? (process.env.RECEIVER_DIR || 'submissions'));

  if (command === 'list') {
    if (id) throw new UsageError(`list takes no ID`);
    const status = args.values.get('--status');
    if (status && !STATUSES.includes(status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
    const records = await listRecords(dir, (file, why) => console.error(forTerminal(`submissions: skipping ${file}: ${why}`)));
    printList(records.filter((r) => !status || r.status === status), dir);
    return 0;
  }
  if (!['show', 'accept', 'reject'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (!id) throw new UsageError(`${command} needs a submission ID (see list)`);
  if (!ID_PATTERN.test(id)) throw new UsageError(`"${id}" is not a submission ID such as S-20261127-1a2b3c4d`);
  const reason = args.values.get('--reason')?.trim();
  if (command === 'reject' && !reason) throw new UsageError('reject needs --reason "..."');
  const record = await readRecord(dir, id);
  if (!record) throw new Refused(`no submission ${id} in ${dir}`);

  if (command === 'show') {
    if (args.booleans.has('--json')) process.stdout.write(`${jsonForTerminal(record)}\n`);
    else printRecord(record);
    return 0;
  }
  if (command === 'reject') {
    await reject(dir, record, reason!.slice(0, 2000));
    console.log(`rejected ${id}: ${forTerminal(reason!)}`);
    return 0;
  }
  const regionId = args.values.get('--region') ?? defaultRegionId();
  const badRegion = regionIdProblem(regionId);
  if (badRegion) throw new UsageError(badRegion);
  const dataDir = resolve(args.values.get('--data-dir') ?? regionSourceDir(regionId));
  const outcome = await accept(dir, record, dataDir);
  console.log(
    outcome.alreadyMerged
      ? `accepted ${id}: its site(s) ${outcome.siteIds.join(', ')} were already in ${outcome.sitesFile}; record marked accepted`
      : `accepted ${id}: added site(s) ${outcome.siteIds.join(', ')} with status "proposed" to ${outcome.sitesFile}`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`submissions: ${forTerminal(e.message)}; ${USAGE}`);
      process.exitCode = 2;
    } else if (e instanceof Refused || e instanceof RegionError) {
      console.error(`submissions: ${forTerminal(e.message)}`);
      process.exitCode = 1;
    } else {
      console.error(`submissions: ${forTerminal((e as Error).message ?? String(e))}`);
      process.exitCode = 1;
    }
  },
);
