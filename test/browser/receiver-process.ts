// The reference receiver as a real process, for the page's end-to-end tests: on a port chosen
// before the page is served (the page's config names the receiver's URL), allowing the page's origin.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnReceiver } from '../helpers/spawn-receiver';

export { freePort } from '../helpers/free-port';

export interface Receiver {
  url: string;
  dir: string;
  stop: () => Promise<void>;
}

export async function startReceiver(port: number, allowOrigin: string): Promise<Receiver> {
  const dir = mkdtempSync(join(tmpdir(), 'parkatlas-submissions-'));
  // The later --port wins over spawnReceiver's --port 0.
  const running = await spawnReceiver(dir, ['--port', String(port), '--allow-origin', allowOrigin]);
  return {
    url: `http://127.0.0.1:${port}/api/submissions`,
    dir,
    stop: async () => {
      if (running.proc.exitCode === null) running.proc.kill('SIGTERM');
      await running.exited;
    },
  };
}
