// Sending a proposal against a receiver mocked with MSW (the receiver is outside the page):
// what each answer becomes, which ones are retried, and that every retry keeps its key.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendProposal } from '../../../src/features/propose/send';

const URL_ = 'http://receiver.test/api/submissions';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const fast = { backoff: () => 1 };

/** Answers in turn, recording each request's Idempotency-Key and body. */
function receiver(...answers: (() => Response)[]) {
  const seen: { key: string | null; body: string }[] = [];
  server.use(
    http.post(URL_, async ({ request }) => {
      seen.push({ key: request.headers.get('Idempotency-Key'), body: await request.text() });
      return (answers[Math.min(seen.length - 1, answers.length - 1)] ?? (() => HttpResponse.error()))();
    }),
  );
  return seen;
}

describe('sendProposal', () => {
  it('returns the receipt of a 201', async () => {
    const seen = receiver(() => HttpResponse.json({ id: 'S-1', receivedAt: '2026-12-03T10:00:00Z' }, { status: 201 }));
    expect(await sendProposal(URL_, '{"a":1}', 'key-1', fast)).toEqual({ kind: 'accepted', id: 'S-1', receivedAt: '2026-12-03T10:00:00Z' });
    expect(seen).toEqual([{ key: 'key-1', body: '{"a":1}' }]);
  });

  it('retries a 503 and a dropped connection with the same key, then takes the receipt', async () => {
    const seen = receiver(
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.error(),
      () => HttpResponse.json({ id: 'S-2', receivedAt: '2026-12-03T10:00:00Z' }, { status: 201 }),
    );
    const attempts: number[] = [];
    const outcome = await sendProposal(URL_, '{}', 'key-2', { ...fast, onAttempt: (n) => attempts.push(n) });
    expect(outcome).toMatchObject({ kind: 'accepted', id: 'S-2' });
    expect(attempts).toEqual([1, 2, 3]);
    expect(new Set(seen.map((s) => s.key))).toEqual(new Set(['key-2']));
  });

  it('gives up after the last attempt and says the connection failed', async () => {
    const seen = receiver(() => HttpResponse.error());
    expect(await sendProposal(URL_, '{}', 'k', { ...fast, attempts: 2 })).toEqual({ kind: 'failed', reason: 'offline' });
    expect(seen).toHaveLength(2);
  });

  it('does not retry what a retry cannot fix: 400 with its issues, 409, 413, 429', async () => {
    const issues = [{ code: 'missing_property', severity: 'error', path: 'submitter.name', params: { field: 'submitter.name' } }];
    receiver(() => HttpResponse.json({ issues }, { status: 400 }));
    expect(await sendProposal(URL_, '{}', 'k', fast)).toEqual({ kind: 'rejected', issues });
    for (const [status, reason] of [[409, 'conflict'], [413, 'too_large'], [429, 'rate_limited']] as const) {
      const seen = receiver(() => new HttpResponse(null, { status }));
      expect(await sendProposal(URL_, '{}', 'k', fast)).toEqual({ kind: 'failed', reason, status });
      expect(seen).toHaveLength(1);
    }
  });

  it('treats a 201 without a receipt id as a server fault, not as accepted', async () => {
    receiver(() => HttpResponse.json({}, { status: 201 }));
    expect(await sendProposal(URL_, '{}', 'k', { ...fast, attempts: 1 })).toEqual({ kind: 'failed', reason: 'server', status: 201 });
  });
});
