// The receiver as a test starts it: a real process on a free port, killed when the file ends.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { spawnReceiver, type Running } from './spawn-receiver';

export { root, type Running } from './spawn-receiver';

const running: Running[] = [];

afterAll(() => {
  for (const r of running) if (r.proc.exitCode === null && r.proc.signalCode === null) r.proc.kill('SIGKILL');
});

export async function startReceiver(dir: string, args: string[] = [], env: Record<string, string> = {}): Promise<Running> {
  const r = await spawnReceiver(dir, args, env);
  running.push(r);
  return r;
}

export const tmpDir = (name: string) => mkdtempSync(join(tmpdir(), `parkatlas-${name}-`));
