// Tiny local servers for the browser benchmarks: a static file server (node:http) and a free
// port finder. Everything listens on 127.0.0.1 only and is closed by the caller.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { freePort } from '../../test/helpers/free-port';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export { freePort };

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `mounts` (URL prefix -> directory) and `memory` (URL path -> body) on a free port.
 * No caching headers: every browser context in the benchmarks starts cold anyway.
 */
export async function serveStatic(mounts: Record<string, string>, memory: Map<string, string | Buffer> = new Map()): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = memory.get(url.pathname);
    const type = TYPES[path.extname(url.pathname)] ?? 'application/octet-stream';
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      try {
        const st = statSync(file);
        if (!st.isFile()) break;
        res.writeHead(200, { 'content-type': type, 'content-length': st.size });
        createReadStream(file).pipe(res);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
