// The receiver's HTTP server (node:http): routes, CORS, rate limit, size and type checks in front
// of the submission logic (submit.ts). Every answer is JSON; a failure never shows a stack.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ReceiverConfig } from './config';
import { clientAddress, discardRestAfterResponse, isJsonContentType, langFrom, readBody, sendJson } from './http-io';
import { describeIssues } from '../../src/i18n/issue-message';
import type { Lang } from '../../src/i18n/lang';
import type { ValidationIssue } from '../../src/domain/validation';
import { tooComplexIssue, tooLargeIssue } from './issues';
import { RateLimiter } from './rate-limit';
import { RegionError, readRegion } from './region';
import { SubmissionStore } from './store';
import { IDEMPOTENCY_KEY, Submissions } from './submit';
import { ValidationPool } from './validation-pool';

/** A full validation queue empties in seconds: a client may try again after this. */
const BUSY_RETRY_AFTER_S = 5;

export interface Receiver {
  server: Server;
  store: SubmissionStore;
  /** Stops accepting, lets requests in progress finish (writes included), then resolves. */
  close(): Promise<void>;
}

type Log = (line: string) => void;

function corsHeaders(config: ReceiverConfig, origin: string | undefined): Record<string, string> | undefined {
  if (!origin) return undefined;
  if (!config.allowOrigins.includes('*') && !config.allowOrigins.includes(origin)) return undefined;
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' };
}

export async function startReceiver(config: ReceiverConfig, log: Log): Promise<Receiver> {
  // Read once here so that bad region data stops the start (exit 2) with its message; each
  // validation worker keeps its own copy.
  readRegion(config.dataDir);
  const store = await SubmissionStore.open(
    config.dir,
    config.testPauseBeforeRenameMs ? { pauseBeforeRenameMs: config.testPauseBeforeRenameMs } : {},
    log,
  );
  const submissions = new Submissions(store);
  const pool = new ValidationPool(
    {
      workers: config.workers,
      queueBytes: config.queueBytes,
      workerMemoryMb: config.workerMemoryMb,
      setup: { dataDir: config.dataDir, limits: { maxBytes: config.maxBytes, maxFeatures: config.maxFeatures } },
    },
    log,
  );
  try {
    await pool.ready();
  } catch (e) {
    await pool.close();
    throw new RegionError(`a validation worker could not start: ${(e as Error).message}`);
  }
  const limiter = new RateLimiter(config.ratePerMinute);
  const routes = { submissions: `${config.basePath}/submissions`, health: `${config.basePath}/health` };

  async function post(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>): Promise<number> {
    const reply = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      sendJson(res, status, body, { ...cors, ...extra });
      return status;
    };
    const early = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      discardRestAfterResponse(req, res);
      return reply(status, body, extra);
    };
    const rate = limiter.take(clientAddress(req, config.trustProxy));
    if (!rate.allowed) return early(429, { error: 'too many requests; retry later' }, { 'Retry-After': String(rate.retryAfterS) });
    if (!isJsonContentType(req.headers['content-type'])) return early(415, { error: 'Content-Type must be application/json (UTF-8)' });
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key === '') return early(400, { error: 'Idempotency-Key header required' });
    if (!IDEMPOTENCY_KEY.test(key)) return early(400, { error: 'Idempotency-Key must be 1–200 visible ASCII characters' });
    const lang = langFrom(req.headers['accept-language']);
    const tooLarge = (bytes: number) => early(413, worded({ error: 'request body too large', maxBytes: config.maxBytes, issues: [tooLargeIssue(bytes, config.maxBytes)] }, lang));
    const declaredBytes = Number(req.headers['content-length'] ?? NaN);
    const declared = Number.isFinite(declaredBytes) && declaredBytes >= 0 ? declaredBytes : undefined;
    if (declared !== undefined && declared > config.maxBytes) return tooLarge(declared);
    // Room is taken before the body is read: a full server buffers nothing more.
    const reserved = declared ?? config.maxBytes;
    if (!pool.admit(reserved)) return early(503, { error: 'busy checking other proposals; retry later' }, { 'Retry-After': String(BUSY_RETRY_AFTER_S) });
    try {
      const body = await readBody(req, config.maxBytes, declared);
      if (body.kind === 'aborted') {
        res.destroy();
        return 499;
      }
      if (body.kind === 'too_large') return tooLarge(body.bytes);
      const outcome = await pool.check(body.bytes);
      if (outcome.kind === 'out_of_memory') {
        const issue = tooComplexIssue(config.workerMemoryMb);
        return reply(413, worded({ error: 'proposal too complex to check within the memory limit', issues: [issue] }, lang));
      }
      const answer = await submissions.submit(outcome.checked, key);
      return reply(answer.status, worded(answer.body, lang));
    } finally {
      pool.release(reserved);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const path = (req.url ?? '/').split('?')[0]!;
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const cors = corsHeaders(config, origin);
    const headers = cors ?? (origin ? { Vary: 'Origin' } : {});
    if (path === routes.health) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return early405(req, res, headers, 'GET');
      sendJson(res, 200, { status: 'ok', region: config.regionId, submissions: store.size }, headers);
      return 200;
    }
    if (path !== routes.submissions) {
      discardRestAfterResponse(req, res);
      sendJson(res, 404, { error: 'not found' }, headers);
      return 404;
    }
    if (req.method === 'OPTIONS') {
      if (origin && !cors) {
        sendJson(res, 403, { error: 'origin not allowed' }, headers);
        return 403;
      }
      res.writeHead(204, {
        ...headers,
        Allow: 'POST, OPTIONS',
        ...(cors
          ? {
              'Access-Control-Allow-Methods': 'POST',
              'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
              'Access-Control-Max-Age': '600',
            }
          : {}),
      });
      res.end();
      return 204;
    }
    if (req.method !== 'POST') return early405(req, res, headers, 'POST, OPTIONS');
    return post(req, res, headers);
  }

  function early405(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>, allow: string): number {
    discardRestAfterResponse(req, res);
    sendJson(res, 405, { error: 'method not allowed' }, { ...headers, Allow: allow });
    return 405;
  }

  const server = createServer(
    {
      // A slow client cannot hold a connection open for ever. node:http checks these limits
      // every connectionsCheckingInterval (30 s by default, which made 20 s into 30 and 120 s
      // into up to 150): checked each second, they fire within a second of what docs say.
      headersTimeout: config.headersTimeoutS * 1000,
      requestTimeout: config.requestTimeoutS * 1000,
      connectionsCheckingInterval: 1000,
    },
    (req, res) => {
    const started = performance.now();
    handle(req, res).then(
      (status) => log(`${req.method} ${req.url?.slice(0, 200)} ${status} ${Math.round(performance.now() - started)} ms`),
      (e: unknown) => {
        log(`${req.method} ${req.url?.slice(0, 200)} 500: ${(e as Error)?.stack ?? String(e)}`);
        sendJson(res, 500, { error: 'internal error' });
      },
    );
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => {
      void pool.close();
      reject(e);
    });
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  return {
    server,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => void pool.close().then(() => resolve()));
        server.closeIdleConnections();
      }),
  };
}

/** An answer's issues with their messages, in the language the client asked for (Accept-Language). */
function worded(body: unknown, lang: Lang): unknown {
  const issues = (body as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? { ...(body as object), issues: describeIssues(issues as ValidationIssue[], lang) } : body;
}
