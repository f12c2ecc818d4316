// Debian's nginx serving a copy of dist/ with deploy/nginx.conf, changed only in `listen` and
// `root` (and given its own pid file and error log): what a deployment runs, not vite preview.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

const root = join(import.meta.dirname, '..', '..');
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface Nginx {
  url: string;
  /** The served copy of dist/, for files a test adds. */
  docroot: string;
  stop: () => Promise<void>;
}

export async function startNginx(prepare?: (docroot: string) => void): Promise<Nginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`nginx not found at ${NGINX_PATH}: install Debian's package with \`sudo apt-get install -y nginx\` (.ci/run does), or set NGINX_PATH.`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'parkatlas-nginx-'));
  // nginx's workers run as an unprivileged user when started as root: they must be able to read.
  chmodSync(prefix, 0o755);
  mkdirSync(join(prefix, 'logs'));
  const docroot = join(prefix, 'dist');
  cpSync(join(root, 'dist'), docroot, { recursive: true });
  prepare?.(docroot);
  const port = await freePort();
  const shipped = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');
  const conf = shipped.replace('listen 8080;', `listen 127.0.0.1:${port};`).replace('root /srv/parkatlas/dist;', `root ${docroot};`);
  if (conf.includes('listen 8080;') || !conf.includes(docroot)) throw new Error('deploy/nginx.conf no longer has `listen 8080;` and `root /srv/parkatlas/dist;`');
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const proc: ChildProcess = spawn(NGINX_PATH, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', `daemon off; pid ${join(prefix, 'nginx.pid')}; error_log stderr;`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    const up = await fetch(url).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 100) throw new Error(`nginx did not answer on ${url}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    docroot,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGQUIT');
      await exited;
    },
  };
}
