// A polite Overpass client: one POST per query, a time limit per try, retries with exponential
// backoff on network errors, timeouts, 429 and 5xx, and one clear error when it gives up.
// Overpass usage policy: https://wiki.openstreetmap.org/wiki/Overpass_API#Public_Overpass_API_instances
import { OverpassJson } from '../../src/domain/osm/osm-types';

export const DEFAULT_ENDPOINT = 'https://overpass-api.de/api/interpreter';

export interface OverpassClientOptions {
  endpoint: string;
  /** Time limit of one try, ms (default 200 s: the queries ask the server for 180 s). */
  timeoutMs?: number;
  /** Retries after the first try (default 3: waits of 2, 4 and 8 s). */
  retries?: number;
  /** First wait, doubled on each retry (default 2000 ms). */
  backoffMs?: number;
  userAgent?: string;
  /** Told before each wait, e.g. to print "HTTP 504; retrying in 4 s". */
  onRetry?: (info: { attempt: number; reason: string; waitMs: number }) => void;
}

export class OverpassError extends Error {
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'rejected' | 'invalid',
  ) {
    super(message);
    this.name = 'OverpassError';
  }
}

/** A failure worth another try (the server or the network), as a short reason. */
class Retryable extends Error {}

export function unreachableMessage(endpoint: string, reason: string): string {
  return `Overpass at ${endpoint} is unreachable (${reason}); try --endpoint, or --from FILE with a saved Overpass JSON`;
}

function networkReason(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  return err.cause?.message || err.cause?.code || err.message || String(e);
}

/** Text of Overpass's HTML error page, for a 400 (syntax error) message. */
function errorText(body: string): string {
  const strong = [...body.matchAll(/<strong[^>]*>([^<]*)<\/strong>\s*([^<]*)/g)].map((m) => `${m[1]}${m[2]}`.trim());
  const text = strong.length ? strong.join(' ') : body.replace(/<[^>]+>/g, ' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

async function tryOnce(query: string, o: Required<Omit<OverpassClientOptions, 'onRetry'>>): Promise<OverpassJson> {
  let response: Response;
  try {
    response = await fetch(o.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'user-agent': o.userAgent },
      body: new URLSearchParams({ data: query }).toString(),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
  } catch (e) {
    throw new Retryable(networkReason(e, o.timeoutMs));
  }
  let body: string;
  try {
    body = await response.text();
  } catch (e) {
    throw new Retryable(networkReason(e, o.timeoutMs));
  }
  if (response.status === 429 || response.status >= 500) {
    throw new Retryable(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  if (!response.ok) {
    throw new OverpassError(`Overpass at ${o.endpoint} rejected the query (HTTP ${response.status}): ${errorText(body)}`, 'rejected');
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new OverpassError(`Overpass at ${o.endpoint} answered with something that is not JSON: ${errorText(body).slice(0, 120)}`, 'invalid');
  }
  const parsed = OverpassJson.safeParse(json);
  if (!parsed.success) throw new OverpassError(`Overpass at ${o.endpoint} answered JSON that is not Overpass JSON`, 'invalid');
  // A server-side timeout or memory limit comes as 200 with a remark and a partial answer: never keep that.
  if (parsed.data.remark && /runtime error|timed out|out of memory/i.test(parsed.data.remark)) throw new Retryable(`server: ${parsed.data.remark.slice(0, 200)}`);
  return parsed.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fetchOverpass(query: string, options: OverpassClientOptions): Promise<OverpassJson> {
  const o = {
    endpoint: options.endpoint,
    timeoutMs: options.timeoutMs ?? 200_000,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 2000,
    userAgent: options.userAgent ?? 'ParkAtlas OSM import (npm run import:osm)',
  };
  let last = '';
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    try {
      return await tryOnce(query, o);
    } catch (e) {
      if (!(e instanceof Retryable)) throw e;
      last = e.message;
      if (attempt === o.retries) break;
      const waitMs = o.backoffMs * 2 ** attempt;
      options.onRetry?.({ attempt: attempt + 1, reason: last, waitMs });
      await sleep(waitMs);
    }
  }
  const tries = o.retries + 1;
  throw new OverpassError(unreachableMessage(o.endpoint, `${last}; ${tries} ${tries === 1 ? 'try' : 'tries'}`), 'unreachable');
}
