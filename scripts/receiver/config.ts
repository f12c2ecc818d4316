// Receiver settings: command-line flags first, then RECEIVER_* environment variables, then the
// defaults below (docs/receiver.md lists them all). A bad value stops the start with exit 2.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defaultRegionId, regionIdProblem, regionSourceDir } from '../lib/cli';
import { UsageError, parseArgs, parseBytes, parseCount } from './args';

export interface ReceiverConfig {
  port: number;
  host: string;
  /** Where accepted submissions are stored, one `<id>.json` each. */
  dir: string;
  regionId: string;
  dataDir: string;
  /** Exact origins allowed by CORS; "*" allows any. */
  allowOrigins: string[];
  maxBytes: number;
  /** Features in one proposal; the validator's work grows with their number. */
  maxFeatures: number;
  /** POSTs per minute per client address; 0 turns the limit off. */
  ratePerMinute: number;
  /** Routes live under it: `${basePath}/submissions`, `${basePath}/health`. */
  basePath: string;
  /** Take the client address from the last X-Forwarded-For entry (only behind one proxy you run). */
  trustProxy: boolean;
  /** Seconds a client may take to send its headers, and its whole request. */
  headersTimeoutS: number;
  requestTimeoutS: number;
  /** Validation worker threads; bytes of bodies admitted at once; each worker's heap limit (MiB). */
  workers: number;
  queueBytes: number;
  workerMemoryMb: number;
  /** Tests only (RECEIVER_TEST_PAUSE_BEFORE_RENAME_MS): wait between fsync and rename. */
  testPauseBeforeRenameMs: number;
}

export const RECEIVER_USAGE =
  'usage: npm run receiver -- [--port 8787] [--host 127.0.0.1] [--dir ./submissions] [--region kuzbass | --data-dir DIR] ' +
  '[--allow-origin URL,URL] [--max-bytes 50MiB] [--max-features 1000] [--rate 30] [--base-path /api] [--trust-proxy] ' +
  '[--headers-timeout 20] [--request-timeout 120] [--workers N] [--queue-bytes 200MiB] [--worker-memory 1024]';

/** One core is left to the event loop (HTTP, health, writes); at most 4 workers by default. */
export const defaultWorkers = () => Math.max(1, Math.min(4, availableParallelism() - 1));

export const DEFAULT_ALLOW_ORIGINS = ['http://127.0.0.1:4173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://localhost:5173'];

const VALUE_FLAGS = [
  '--port',
  '--host',
  '--dir',
  '--region',
  '--data-dir',
  '--allow-origin',
  '--max-bytes',
  '--max-features',
  '--rate',
  '--base-path',
  '--headers-timeout',
  '--request-timeout',
  '--workers',
  '--queue-bytes',
  '--worker-memory',
];

function origins(text: string): string[] {
  const list = text.split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean);
  for (const o of list) {
    if (o !== '*' && !/^https?:\/\/[^/\s]+$/i.test(o)) throw new UsageError(`--allow-origin: "${o}" is not an origin such as https://atlas.example.org`);
  }
  return list;
}

export function receiverConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ReceiverConfig {
  const args = parseArgs(argv, VALUE_FLAGS, ['--trust-proxy']);
  if (args.positional.length) throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const pick = (flag: string, envName: string) => args.values.get(flag) ?? (env[envName] || undefined);

  const regionId = args.values.get('--region') ?? defaultRegionId(env);
  const badRegion = regionIdProblem(regionId);
  if (badRegion) throw new UsageError(badRegion);
  const basePath = (pick('--base-path', 'RECEIVER_BASE_PATH') ?? '/api').replace(/\/+$/, '');
  if (basePath !== '' && !/^(\/[A-Za-z0-9._~-]+)+$/.test(basePath)) throw new UsageError(`--base-path must look like /api, not "${basePath}"`);
  const host = pick('--host', 'RECEIVER_HOST') ?? '127.0.0.1';
  const dataDir = pick('--data-dir', 'RECEIVER_DATA_DIR');

  const headersTimeoutS = Math.max(1, parseCount('--headers-timeout', pick('--headers-timeout', 'RECEIVER_HEADERS_TIMEOUT') ?? '20', 3600));
  const requestTimeoutS = Math.max(1, parseCount('--request-timeout', pick('--request-timeout', 'RECEIVER_REQUEST_TIMEOUT') ?? '120', 3600));
  if (headersTimeoutS > requestTimeoutS) throw new UsageError(`--headers-timeout (${headersTimeoutS} s) cannot exceed --request-timeout (${requestTimeoutS} s)`);

  return {
    port: parseCount('--port', pick('--port', 'RECEIVER_PORT') ?? '8787', 65535),
    host,
    dir: resolve(pick('--dir', 'RECEIVER_DIR') ?? 'submissions'),
    regionId,
    dataDir: dataDir ? resolve(dataDir) : regionSourceDir(regionId),
    allowOrigins: origins(pick('--allow-origin', 'RECEIVER_ALLOW_ORIGINS') ?? DEFAULT_ALLOW_ORIGINS.join(',')),
    maxBytes: parseBytes('--max-bytes', pick('--max-bytes', 'RECEIVER_MAX_BYTES') ?? '50MiB'),
    maxFeatures: Math.max(1, parseCount('--max-features', pick('--max-features', 'RECEIVER_MAX_FEATURES') ?? '1000')),
    ratePerMinute: parseCount('--rate', pick('--rate', 'RECEIVER_RATE') ?? '30'),
    basePath,
    trustProxy: args.booleans.has('--trust-proxy') || env.RECEIVER_TRUST_PROXY === '1',
    headersTimeoutS,
    requestTimeoutS,
    workers: Math.max(1, parseCount('--workers', pick('--workers', 'RECEIVER_WORKERS') ?? String(defaultWorkers()), 64)),
    queueBytes: parseBytes('--queue-bytes', pick('--queue-bytes', 'RECEIVER_QUEUE_BYTES') ?? '200MiB'),
    workerMemoryMb: Math.max(64, parseCount('--worker-memory', pick('--worker-memory', 'RECEIVER_WORKER_MEMORY') ?? '1024', 65536)),
    testPauseBeforeRenameMs: parseCount('RECEIVER_TEST_PAUSE_BEFORE_RENAME_MS', env.RECEIVER_TEST_PAUSE_BEFORE_RENAME_MS || '0', 600_000),
  };
}
