// A validation worker (validation-pool.ts): it keeps its own copy of the region, read again when
// the sites file changes (a site a moderator just accepted counts for the next proposal), and
// answers one job at a time.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { checkSubmission, type CheckLimits } from './check-submission';
import { RegionCache } from './region';

export interface WorkerSetup {
  module: string;
  dataDir: string;
  limits: CheckLimits;
}
export interface Job {
  id: number;
  bytes: Uint8Array;
}

const setup = workerData as WorkerSetup;
lowerOwnPriority();
const region = new RegionCache(setup.dataDir, (msg) => process.stderr.write(`receiver worker: ${msg}\n`));

parentPort!.postMessage({ ready: true });
parentPort!.on('message', (job: Job) => {
  const checked = checkSubmission(job.bytes, setup.limits, region.get());
  // The record's bytes move to the main thread without a copy (TextEncoder's buffer is its own).
  parentPort!.postMessage({ id: job.id, checked }, checked.acceptedUtf8 ? [checked.acceptedUtf8.buffer as ArrayBuffer] : []);
});

/**
 * This thread yields the CPU to the server's event loop (health checks, small requests, writes):
 * on a busy machine a check may take a little longer, but nothing else waits for it. Linux lets a
 * thread lower its own priority by its thread id (/proc/thread-self names it; a synchronous
 * readlink runs on this thread). Elsewhere the worker keeps the normal priority.
 */
function lowerOwnPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the normal priority is still correct, only less polite.
  }
}
