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
  await writeRecordText(dir, record.id, recordText(record), options);
}

/**
 * A record's members, one per line, two-space indented as a moderator reads them, except the
 * proposal: compact, since it can hold millions of positions (indented, a 36 MB proposal became
 * a 120 MB file).
 */
function memberLines(fields: object): string[] {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${k === 'proposal' ? JSON.stringify(v) : JSON.stringify(v, null, 2).replaceAll('\n', '\n  ')}`);
}

/** A record's file text. */
export function recordText(record: SubmissionRecord): string {
  return `{\n${memberLines(record).join(',\n')}\n}\n`;
}

/** What a validation worker serialises: everything of a new record but what the store assigns. */
export type RecordTail = Pick<SubmissionRecord, 'clientId' | 'submitter' | 'proposal'>;
export type RecordHead = Pick<SubmissionRecord, 'id' | 'receivedAt' | 'idempotencyKey' | 'bodySha256'>;

/**
 * A new record's text in two halves, so that the large half (the proposal) is serialised and
 * encoded on a worker and never parsed, stringified or encoded on the server's event loop.
 * Together they are exactly recordText(record).
 */
export function recordTailText(tail: RecordTail): string {
  const { clientId, submitter, proposal } = tail;
  return `${memberLines({ clientId, submitter, proposal, status: 'pending' satisfies SubmissionStatus }).join(',\n')}\n}\n`;
}

/** The record's bytes: the head's members, then the tail's UTF-8 (recordTailText). */
export function recordParts(head: RecordHead, tailUtf8: Uint8Array): Uint8Array[] {
  const { id, receivedAt, idempotencyKey, bodySha256 } = head;
  return [new TextEncoder().encode(`{\n${memberLines({ id, receivedAt, idempotencyKey, bodySha256 }).join(',\n')},\n`), tailUtf8];
}

async function writeRecordText(dir: string, id: string, text: string | readonly Uint8Array[], options: WriteOptions): Promise<void> {
  await mkdir(join(dir, TMP_DIR), { recursive: true });
  await writeFileAtomic(recordFile(dir, id), text, {
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

  /** Stores a new record, its tail already serialised and encoded (recordTailText, on a worker). */
  async add(head: RecordHead, tailUtf8: Uint8Array): Promise<Receipt> {
    this.ids.add(head.id); // reserved before the first await: no second writer picks it
    try {
      await writeRecordText(this.dir, head.id, recordParts(head, tailUtf8), this.options);
    } catch (e) {
      this.ids.delete(head.id);
      throw e;
    }
    const receipt = { id: head.id, receivedAt: head.receivedAt, bodySha256: head.bodySha256 };
    this.byKey.set(head.idempotencyKey, receipt);
    return receipt;
  }
}
