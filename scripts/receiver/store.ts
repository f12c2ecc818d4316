// The submissions directory: one `<id>.json` per accepted submission, written atomically
// (atomic-write.ts) with temp files under `<dir>/.tmp/`, which a start empties. The records
// themselves are the index: at start every record is read and its Idempotency-Key remembered,
// so a retry after a restart still answers the first id. One receiver per directory.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { SubmissionBody } from '../../src/domain/schema/proposal';
import { writeFileAtomic } from './atomic-write';

export type SubmissionStatus = 'pending' | 'accepted' | 'rejected';

export interface SubmissionRecord {
  id: string;
  /** ISO timestamp (UTC) when the receiver stored it. */
  receivedAt: string;
  idempotencyKey: string;
  /** SHA-256 of the body as parsed and re-serialised: a retry with the same key must carry the same body. */
  bodySha256: string;
  clientId: string;
  submitter: SubmissionBody['submitter'];
  /** As the validator returns it: rings rewound, positions rounded to 6 decimals. */
  proposal: FeatureCollection;
  status: SubmissionStatus;
  acceptedAt?: string;
  /** The sites the accepted proposal became in the region's sites file. */
  siteIds?: string[];
  rejectedAt?: string;
  reason?: string;
}

export interface Receipt {
  id: string;
  receivedAt: string;
  bodySha256: string;
}

export const ID_PATTERN = /^S-\d{8}-[0-9a-f]{8}$/;
export const TMP_DIR = '.tmp';
const recordFile = (dir: string, id: string) => join(dir, `${id}.json`);

/** `S-20261127-1a2b3c4d`: the UTC date of receipt and 32 random bits. */
export function newSubmissionId(at: Date, taken: (id: string) => boolean): string {
  const day = at.toISOString().slice(0, 10).replaceAll('-', '');
  for (;;) {
    const id = `S-${day}-${randomBytes(4).toString('hex')}`;
    if (!taken(id)) return id;
  }
}

function isRecord(v: unknown, id: string): v is SubmissionRecord {
  const r = v as Partial<SubmissionRecord> | null;
  return typeof r === 'object' && r !== null && r.id === id && typeof r.idempotencyKey === 'string' && typeof r.receivedAt === 'string';
}

export async function readRecord(dir: string, id: string): Promise<SubmissionRecord | undefined> {
  if (!ID_PATTERN.test(id)) return undefined;
  let text: string;
  try {
    text = await readFile(recordFile(dir, id), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const json: unknown = JSON.parse(text);
  if (!isRecord(json, id)) throw new Error(`${recordFile(dir, id)} is not a submission record`);
  return json;
}

/** Every record, oldest first; unreadable files are reported through `onBad` and skipped. */
export async function listRecords(dir: string, onBad: (file: string, why: string) => void = () => undefined): Promise<SubmissionRecord[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: SubmissionRecord[] = [];
  for (const name of names.sort()) {
    const id = name.slice(0, -'.json'.length);
    if (!name.endsWith('.json') || !ID_PATTERN.test(id)) continue;
    try {
      const record = await readRecord(dir, id);
      if (record) out.push(record);
    } catch (e) {
      onBad(join(dir, name), (e as Error).message);
    }
  }
  return out.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
}

export interface WriteOptions {
  pauseBeforeRenameMs?: number;
}

/** Creates or replaces `<dir>/<id>.json` atomically. */
export async function writeRecord(dir: string, record: SubmissionRecord, options: WriteOptions = {}): Promise<void> {
  await mkdir(join(dir, TMP_DIR), { recursive: true });
  await writeFileAtomic(recordFile(dir, record.id), `${JSON.stringify(record, null, 2)}\n`, {
    tmpDir: join(dir, TMP_DIR),
    ...(options.pauseBeforeRenameMs ? { pauseBeforeRenameMs: options.pauseBeforeRenameMs } : {}),
  });
}

/** The receiver's view: key -> receipt, rebuilt from the records at start. */
export class SubmissionStore {
  private readonly byKey = new Map<string, Receipt>();
  private readonly ids = new Set<string>();

  private constructor(
    readonly dir: string,
    private readonly options: WriteOptions,
  ) {}

  static async open(dir: string, options: WriteOptions = {}, warn: (msg: string) => void = () => undefined): Promise<SubmissionStore> {
    const store = new SubmissionStore(dir, options);
    await mkdir(dir, { recursive: true });
    // Left by a kill mid-write: never renamed, so never a submission. Safe to drop at start.
    await rm(join(dir, TMP_DIR), { recursive: true, force: true });
    await mkdir(join(dir, TMP_DIR), { recursive: true });
    for (const r of await listRecords(dir, (file, why) => warn(`skipping ${file}: ${why}`))) {
      store.ids.add(r.id);
      store.byKey.set(r.idempotencyKey, { id: r.id, receivedAt: r.receivedAt, bodySha256: r.bodySha256 });
    }
    return store;
  }

  get size(): number {
    return this.ids.size;
  }

  receipt(key: string): Receipt | undefined {
    return this.byKey.get(key);
  }

  newId(at: Date): string {
    return newSubmissionId(at, (id) => this.ids.has(id));
  }

  async add(record: SubmissionRecord): Promise<Receipt> {
    this.ids.add(record.id); // reserved before the first await: no second writer picks it
    try {
      await writeRecord(this.dir, record, this.options);
    } catch (e) {
      this.ids.delete(record.id);
      throw e;
    }
    const receipt = { id: record.id, receivedAt: record.receivedAt, bodySha256: record.bodySha256 };
    this.byKey.set(record.idempotencyKey, receipt);
    return receipt;
  }
}
