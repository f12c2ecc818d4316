// Starts the receiver as it runs in production: a real process (scripts/receiver.ts) on a free
// port. No test framework here: the benchmarks use it too (receiver-process.ts adds cleanup).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

export interface Running {
  url: string;
  proc: ChildProcessWithoutNullStreams;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Spawns the receiver and resolves once it prints its address. */
export function spawnReceiver(dir: string, args: string[] = [], env: Record<string, string> = {}): Promise<Running> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/receiver.ts', '--port', '0', '--dir', dir, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  // Always drained: a full stderr pipe would block the server's log writes.
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver did not start: ${stderr}`)), 15_000);
    proc.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, proc, stderr: () => stderr, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`receiver exited (${code}) before listening: ${stderr}`));
    });
  });
}
