// A validation worker (validation-pool.ts): it keeps its own copy of the region (reloaded when
// the sites file changes, as on the main thread) and answers one job at a time.
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
const region = new RegionCache(setup.dataDir, (msg) => process.stderr.write(`receiver worker: ${msg}\n`));

parentPort!.postMessage({ ready: true });
parentPort!.on('message', (job: Job) => {
  const checked = checkSubmission(job.bytes, setup.limits, region.get());
  // The record's bytes move to the main thread without a copy (TextEncoder's buffer is its own).
  parentPort!.postMessage({ id: job.id, checked }, checked.acceptedUtf8 ? [checked.acceptedUtf8.buffer as ArrayBuffer] : []);
});
