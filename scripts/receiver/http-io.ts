// Request and response plumbing: JSON answers, a body read with a hard byte limit, and the
// request headers the receiver cares about.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { isLang, type Lang } from '../../src/i18n/lang';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

/**
 * For an answer sent before the body was read (413, 429, 503, early 4xx), call before sending it:
 * the connection closes after the answer (the rest of the body is not wanted), but lingering
 * (RFC 9112 §9.6). Closed outright while the client is still sending, the kernel answers the
 * close with a reset, and the reset can reach the client before it has read the answer: a 413
 * or 429 turns into "connection reset". So only our side is shut (FIN after the answer; the
 * server socket is half-open capable), the rest is read and dropped, never buffered, and the
 * socket is destroyed once the client ends its side or after `lingerMs`.
 */
export function discardRestAfterResponse(req: IncomingMessage, res: ServerResponse, lingerMs = 2000): void {
  if (req.complete) return;
  // node:http then ends the exchange with socket.destroySoon(), which becomes the lingering close.
  res.setHeader('Connection', 'close');
  req.socket.destroySoon = function lingeringClose(this: Socket) {
    this.end();
    this.resume();
    const timer = setTimeout(() => this.destroy(), lingerMs);
    timer.unref();
    this.once('end', () => {
      clearTimeout(timer);
      this.destroy();
    });
    this.once('close', () => clearTimeout(timer));
  };
}

export type BodyRead = { kind: 'ok'; bytes: Buffer } | { kind: 'too_large'; bytes: number } | { kind: 'aborted' };

/**
 * The body, counted as it streams: stops at the first chunk past `maxBytes` (never buffers more).
 * With a Content-Length (`expectedBytes`) the body is copied into one buffer allocated up front,
 * chunk by chunk as it arrives: joining a 35 MB body at the end took ~100 ms in one go (fresh
 * memory is slow to touch), time in which the server answered nobody.
 */
export function readBody(req: IncomingMessage, maxBytes: number, expectedBytes?: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const target = expectedBytes !== undefined && expectedBytes <= maxBytes ? Buffer.allocUnsafeSlow(expectedBytes) : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyRead) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > maxBytes) {
        chunks.length = 0;
        req.pause();
        finish({ kind: 'too_large', bytes: size + chunk.length });
        return;
      }
      if (target && size + chunk.length <= target.length) chunk.copy(target, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    req.on('data', onData);
    req.once('end', () => {
      const bytes = target && size === target.length ? target : Buffer.concat(target ? [target.subarray(0, size), ...chunks] : chunks, size);
      finish({ kind: 'ok', bytes });
    });
    req.once('error', () => finish({ kind: 'aborted' }));
    req.once('close', () => finish({ kind: 'aborted' }));
  });
}

/** `application/json`, with no charset or UTF-8 (RFC 8259 JSON is UTF-8). */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/** The first of the product's languages in the client's Accept-Language order; Russian by default. */
export function langFrom(header: string | undefined): Lang {
  if (!header) return 'ru';
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.split('-')[0]!.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0 && isLang(x.lang))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const first = ranked[0]?.lang;
  return isLang(first) ? first : 'ru';
}

/**
 * The rate-limited client: the socket's address, or behind one trusted proxy the address that
 * proxy saw, i.e. the LAST X-Forwarded-For entry (the proxy appends it; earlier entries are
 * whatever the client wrote, and would let it dodge the limit).
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last.slice(0, 100);
  }
  return req.socket.remoteAddress ?? 'unknown';
}
