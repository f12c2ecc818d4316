// The receiver's HTTP server (node:http): routes, CORS, rate limit, size and type checks in front
// of the submission logic (submit.ts). Every answer is JSON; a failure never shows a stack.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ReceiverConfig } from './config';
import { clientAddress, discardRestAfterResponse, isJsonContentType, langFrom, readBody, sendJson } from './http-io';
import { describeIssues } from '../../src/i18n/issue-message';
import type { Lang } from '../../src/i18n/lang';
import type { ValidationIssue } from '../../src/domain/validation';
import { tooLargeIssue } from './issues';
import { RateLimiter } from './rate-limit';
import { RegionCache } from './region';
import { SubmissionStore } from './store';
import { IDEMPOTENCY_KEY, Submissions } from './submit';

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
  const region = new RegionCache(config.dataDir, log);
  const store = await SubmissionStore.open(
    config.dir,
    config.testPauseBeforeRenameMs ? { pauseBeforeRenameMs: config.testPauseBeforeRenameMs } : {},
    log,
  );
  const submissions = new Submissions(config, store, region);
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
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > config.maxBytes) return tooLarge(declared);
    const body = await readBody(req, config.maxBytes);
    if (body.kind === 'aborted') {
      res.destroy();
      return 499;
    }
    if (body.kind === 'too_large') return tooLarge(body.bytes);
    const answer = await submissions.submit(body.bytes, key);
    return reply(answer.status, worded(answer.body, lang));
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

  const server = createServer((req, res) => {
    const started = performance.now();
    handle(req, res).then(
      (status) => log(`${req.method} ${req.url?.slice(0, 200)} ${status} ${Math.round(performance.now() - started)} ms`),
      (e: unknown) => {
        log(`${req.method} ${req.url?.slice(0, 200)} 500: ${(e as Error)?.stack ?? String(e)}`);
        sendJson(res, 500, { error: 'internal error' });
      },
    );
  });
  // A slow client cannot hold a connection open for ever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
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
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** An answer's issues with their messages, in the language the client asked for (Accept-Language). */
function worded(body: unknown, lang: Lang): unknown {
  const issues = (body as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? { ...(body as object), issues: describeIssues(issues as ValidationIssue[], lang) } : body;
}
