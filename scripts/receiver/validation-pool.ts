// Validation off the event loop: a fixed set of worker threads, each with a heap limit, and a
// byte budget for the bodies admitted at once (being read, waiting or being checked). A request
// that finds no room is answered 503 before its body is read, so memory stays bounded by the
// budget plus the workers' heaps, and health checks answer meanwhile. Bytes, not requests, are
// counted: 200 small proposals at once are fine, five 50 MB ones are not.
import { Worker } from 'node:worker_threads';
import type { CheckedSubmission } from './check-submission';
import type { Job, WorkerSetup } from './validate-worker';

export interface PoolOptions {
  workers: number;
  /** Bytes of bodies admitted at once; one request is always admitted when none is. */
  queueBytes: number;
  /** Each worker's heap limit (V8 old generation), in MiB. */
  workerMemoryMb: number;
  setup: Omit<WorkerSetup, 'module'>;
}

/** The worker ran out of its heap limit on this proposal: retrying it will not help. */
export type PoolOutcome = { kind: 'checked'; checked: CheckedSubmission } | { kind: 'out_of_memory' };

interface Pending {
  job: Job;
  transfer: ArrayBuffer[];
  resolve: (outcome: PoolOutcome) => void;
}

class PoolWorker {
  readonly worker: Worker;
  current?: Pending;
  /** Resolves when the worker has loaded the region; rejects if it dies first. */
  readonly ready: Promise<void>;
  isReady = false;

  constructor(options: PoolOptions, onExit: (w: PoolWorker, error?: Error) => void, onDone: (w: PoolWorker) => void) {
    this.worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { ...options.setup, module: new URL('./validate-worker.ts', import.meta.url).href } satisfies WorkerSetup,
      resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb },
    });
    let failure: Error | undefined;
    let settle!: { resolve: () => void; reject: (e: Error) => void };
    this.ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    this.worker.on('message', (message: { ready: true } | { id: number; checked: CheckedSubmission }) => {
      if ('ready' in message) {
        this.isReady = true;
        settle.resolve();
        return;
      }
      const current = this.current;
      if (!current || current.job.id !== message.id) return;
      this.current = undefined;
      current.resolve({ kind: 'checked', checked: message.checked });
      onDone(this);
    });
    this.worker.on('error', (e) => (failure = e));
    this.worker.on('exit', () => {
      settle.reject(failure ?? new Error('validation worker exited while starting'));
      onExit(this, failure);
    });
  }

  run(pending: Pending): void {
    this.current = pending;
    this.worker.postMessage(pending.job, pending.transfer);
  }
}

export class ValidationPool {
  private readonly idle: PoolWorker[] = [];
  private readonly all = new Set<PoolWorker>();
  private readonly waiting: Pending[] = [];
  private admittedBytes = 0;
  private admittedRequests = 0;
  private nextId = 1;
  private closing = false;

  constructor(
    private readonly options: PoolOptions,
    private readonly log: (line: string) => void,
  ) {
    for (let i = 0; i < options.workers; i++) this.spawn();
  }

  /** Every worker started and read the region; rejects with the first one's failure. */
  ready(): Promise<void> {
    return Promise.all([...this.all].map((w) => w.ready)).then(() => undefined);
  }

  /**
   * Room for a body of up to `bytes` (its Content-Length, or the size limit when it has none),
   * reserved until `release(bytes)`; false when the budget is spent: answer 503.
   */
  admit(bytes: number): boolean {
    if (this.admittedRequests > 0 && this.admittedBytes + bytes > this.options.queueBytes) return false;
    this.admittedBytes += bytes;
    this.admittedRequests++;
    return true;
  }

  release(bytes: number): void {
    this.admittedBytes -= bytes;
    this.admittedRequests--;
  }

  /** Checks the body on a worker; the caller has been admitted. */
  check(bytes: Buffer): Promise<PoolOutcome> {
    // A Buffer may be a view into node's shared pool: transfer only a buffer it owns alone.
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const view = owned ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes);
    return new Promise((resolve) => {
      this.waiting.push({ job: { id: this.nextId++, bytes: view }, transfer: [view.buffer as ArrayBuffer], resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.all].map((w) => w.worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) this.idle.pop()!.run(this.waiting.shift()!);
  }

  private spawn(): PoolWorker {
    const w = new PoolWorker(
      this.options,
      (gone, error) => this.replace(gone, error),
      (done) => {
        this.idle.push(done);
        this.dispatch();
      },
    );
    this.all.add(w);
    void w.ready.then(
      () => {
        this.idle.push(w);
        this.dispatch();
      },
      () => undefined, // said by ready() at start, or by replace() later
    );
    return w;
  }

  /** A worker that died (its heap limit, most likely) fails its job and is replaced. */
  private replace(gone: PoolWorker, error?: Error): void {
    this.all.delete(gone);
    const at = this.idle.indexOf(gone);
    if (at >= 0) this.idle.splice(at, 1);
    if (gone.current) {
      this.log(`validation worker stopped on a proposal: ${error?.message ?? 'exited'}`);
      gone.current.resolve({ kind: 'out_of_memory' });
    }
    // A worker that never started would fail again: only a proven one is replaced.
    if (!this.closing && gone.isReady) this.spawn();
  }
}
