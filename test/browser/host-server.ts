// A stand-in for a newspaper's site: another origin (another port) serving article pages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  url: string;
  /** Serve `html` at `path` from now on. */
  page: (path: string, html: string) => void;
  close: () => Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const html = pages.get(path);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    page: (path, html) => pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An article with the snippet, recording what the embed tells it (checked by source, as the README says). */
export function articlePage(snippet: string): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Статья</title></head><body>
<h1>Новые индустриальные парки Кузбасса</h1><p>Текст статьи.</p>
${snippet}
<p>Продолжение статьи.</p>
<script>
  window.messages = [];
  const frame = document.querySelector('iframe');
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    window.messages.push(event.data);
  });
  window.selectInEmbed = (siteId) => frame.contentWindow.postMessage({ type: 'parkatlas:select', siteId }, '*');
</script></body></html>`;
}
