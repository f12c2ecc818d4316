// The receiver with large proposals in flight: they are checked on worker threads, so health
// checks and small proposals keep being answered; a full server says 503 with Retry-After; a
// proposal that would take more memory than a worker has is refused, and the next one is served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeSubmissionText } from '../helpers/large-proposal';
import { root, startReceiver, tmpDir, type Running } from '../helpers/receiver-process';

const goodProposal = JSON.parse(readFileSync(join(root, 'test/fixtures/proposals/good-polygon.geojson'), 'utf8'));
const submitter = { municipalityId: 'kemerovsky-mo', name: 'Иванова Мария Петровна', email: 'invest@example.ru' };
const body = (clientId: string, proposal: unknown) => JSON.stringify({ clientId, submitter, proposal });
/** ~11 MB: 40 boundaries of 13,000 vertices, each with the passport fields a submission needs. */
const large = largeSubmissionText(40, 'client-large001');

async function post(url: string, text: string, key: string): Promise<{ status: number; json: Record<string, unknown>; retryAfter: string | null }> {
  const r = await fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: text,
  });
  return { status: r.status, json: (await r.json()) as Record<string, unknown>, retryAfter: r.headers.get('retry-after') };
}

describe('receiver under large proposals', () => {
  let oneWorker: Running;

  beforeAll(async () => {
    oneWorker = await startReceiver(tmpDir('load'), ['--rate', '0', '--workers', '1', '--queue-bytes', '30MiB']);
  }, 30_000);

  it('keeps answering health checks while a large proposal is checked', async () => {
    const started = performance.now();
    let last = started;
    let longestGap = 0;
    let done = false;
    const answer = post(oneWorker.url, large, 'key-large-health').finally(() => (done = true));
    while (!done) {
      const health = await fetch(`${oneWorker.url}/api/health`);
      expect(health.status).toBe(200);
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }
    const checkedIn = performance.now() - started;
    expect((await answer).status).toBe(201);
    // Relative to the proposal's own time in the same run, not a wall-clock bound: checked on the
    // event loop, health waited for nearly all of it.
    expect(longestGap).toBeLessThan(checkedIn / 4);
  }, 60_000);

  it('answers 503 with Retry-After when the bodies admitted would pass --queue-bytes', async () => {
    const answers = await Promise.all([1, 2, 3].map((i) => post(oneWorker.url, large, `key-large-queue-${i}`)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 201, 503]);
    const busy = answers.find((a) => a.status === 503)!;
    expect(Number(busy.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(busy.json).toEqual({ error: expect.stringMatching(/retry/) });
  }, 120_000);

  it('refuses a proposal that needs more than --worker-memory, then serves the next one', async () => {
    const small = await startReceiver(tmpDir('load-mem'), ['--rate', '0', '--workers', '1', '--worker-memory', '64']);
    const refused = await post(small.url, large, 'key-large-memory');
    expect(refused.status).toBe(413);
    expect(refused.json.issues).toEqual([expect.objectContaining({ code: 'file_too_large', message: expect.stringMatching(/64 МиБ/) })]);
    const next = await post(small.url, body('client-after001', goodProposal), 'key-after-memory');
    expect(next.status).toBe(201);
  }, 60_000);
});
