// The receiver with large proposals in flight (#16 item 14): health-check latency and the
// process's peak memory with 1, 3 and 10 proposals of ~36 MB sent at once by one client, each
// on a fresh receiver process with its default limits. Floor in the same run: health latency of
// the same receiver with nothing in flight.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeSubmissionText } from '../test/helpers/large-proposal';
import { spawnReceiver } from '../test/helpers/spawn-receiver';
import { fmtMs, fmtRatio, median, table } from './lib/stats';
import type { BenchContext } from './nearest.bench';

interface ReceiverRow {
  inFlight: number;
  bodyMB: number;
  statuses: Record<string, number>;
  healthChecks: number;
  healthP50Ms: number;
  healthP95Ms: number;
  healthMaxMs: number;
  floorHealthMaxMs: number;
  maxOverFloor: number;
  peakRssMB: number;
  wallS: number;
}

const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** The process's resident set, sampled: VmHWM would include the start-up of tsx and the region. */
function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

/**
 * Health checks from a process of their own: in the sending process, the client's own work
 * (encoding and writing 36 MB bodies) would show up as server latency. Ten warm-up checks (its
 * first connection and compilation are its own cost), a "ready" line, then a check every 20 ms
 * until its stdin closes; then the latencies (ms) as a JSON line.
 */
const POLLER = `
let stop = false;
process.stdin.on('data', () => {}).on('end', () => (stop = true));
const out = [];
(async () => {
  for (let i = 0; i < 10; i++) await (await fetch(process.argv[1] + '/api/health')).arrayBuffer();
  process.stdout.write('ready\\n');
  while (!stop) {
    const t = performance.now();
    const r = await fetch(process.argv[1] + '/api/health');
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error('health answered ' + r.status);
    out.push(performance.now() - t);
    await new Promise((res) => setTimeout(res, 20));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

async function healthPoller(url: string): Promise<{ stop: () => Promise<number[]> }> {
  const proc = spawn(process.execPath, ['-e', POLLER, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const ready = new Promise<void>((resolve) =>
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.startsWith('ready\n')) resolve();
    }),
  );
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  await ready;
  return {
    stop: async () => {
      proc.stdin.end();
      await exited;
      return JSON.parse(out.slice('ready\n'.length)) as number[];
    },
  };
}

async function timedHealth(url: string): Promise<number> {
  const t = performance.now();
  const r = await fetch(`${url}/api/health`);
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`health answered ${r.status}`);
  return performance.now() - t;
}


async function run(inFlight: number, body: Uint8Array<ArrayBuffer>): Promise<ReceiverRow> {
  const dir = mkdtempSync(join(tmpdir(), 'parkatlas-bench-receiver-'));
  const receiver = await spawnReceiver(dir, ['--rate', '0']);
  try {
    const floor: number[] = [];
    for (let i = 0; i < 40; i++) floor.push(await timedHealth(receiver.url));
    let peak = rssMB(receiver.proc.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, rssMB(receiver.proc.pid!))), 20);
    const poller = await healthPoller(receiver.url);
    const t = performance.now();
    let pending = inFlight;
    const posts = Array.from({ length: inFlight }, (_, i) =>
      fetch(`${receiver.url}/api/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${inFlight}-${i}` },
        body,
      })
        .then(async (r) => {
          await r.arrayBuffer();
          return String(r.status);
        })
        .finally(() => pending--),
    );
    while (pending > 0) await new Promise((r) => setTimeout(r, 50));
    const latencies = await poller.stop();
    const statuses: Record<string, number> = {};
    for (const s of await Promise.all(posts)) statuses[s] = (statuses[s] ?? 0) + 1;
    const wallS = (performance.now() - t) / 1000;
    clearInterval(sampler);
    const floorMax = Math.max(...floor);
    const max = Math.max(...latencies);
    return {
      inFlight,
      bodyMB: +(body.byteLength / 1024 / 1024).toFixed(1),
      statuses,
      healthChecks: latencies.length,
      healthP50Ms: +median(latencies).toFixed(1),
      healthP95Ms: +quantile(latencies, 0.95).toFixed(1),
      healthMaxMs: +max.toFixed(1),
      floorHealthMaxMs: +floorMax.toFixed(1),
      maxOverFloor: +(max / floorMax).toFixed(2),
      peakRssMB: Math.round(peak),
      wallS: +wallS.toFixed(1),
    };
  } finally {
    receiver.proc.kill('SIGKILL');
    await receiver.exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runReceiverBench(ctx: BenchContext): Promise<{ rows: ReceiverRow[]; notes: string[] }> {
  // Bytes already: no 36 MB encode per request in the sending process.
  const body = new TextEncoder().encode(largeSubmissionText(ctx.quick ? 40 : 130, 'client-bench001'));
  const rows: ReceiverRow[] = [];
  for (const n of ctx.quick ? [1, 3] : [1, 3, 10]) {
    const row = await run(n, body);
    rows.push(row);
    ctx.log(`  ${n} in flight: health max ${fmtMs(row.healthMaxMs)} ms (floor ${fmtMs(row.floorHealthMaxMs)}), peak ${row.peakRssMB} MB`);
  }
  ctx.log(
    table(
      ['in flight', 'body MB', 'answers', 'health p50 ms', 'p95', 'max', 'idle max', 'max / idle', 'peak RSS MB', 'wall s'],
      rows.map((r) => [
        String(r.inFlight),
        String(r.bodyMB),
        Object.entries(r.statuses)
          .map(([s, c]) => `${c}×${s}`)
          .join(' '),
        fmtMs(r.healthP50Ms),
        fmtMs(r.healthP95Ms),
        fmtMs(r.healthMaxMs),
        fmtMs(r.floorHealthMaxMs),
        fmtRatio(r.maxOverFloor),
        String(r.peakRssMB),
        String(r.wallS),
      ]),
    ),
  );
  return {
    rows,
    notes: [
      'Each row: a fresh receiver (default --workers, --queue-bytes 200MiB, --worker-memory 1024), --rate 0, one client sending N bodies at once.',
      'Health is polled every 20 ms while any proposal is in flight; the idle floor is 40 health checks before the load.',
    ],
  };
}
