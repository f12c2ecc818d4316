// Sending a proposal: retries with the same Idempotency-Key (the receiver stores it once), and
// every way it can fail becomes a plain outcome the page explains. Nothing here clears a draft.
import type { ValidationIssue } from '../../domain/validation';

export type SendOutcome =
  | { kind: 'accepted'; id: string; receivedAt: string }
  | { kind: 'rejected'; issues: ValidationIssue[] }
  | { kind: 'failed'; reason: 'offline' | 'timeout' | 'server' | 'rate_limited' | 'too_large' | 'conflict' | 'refused' | 'broken'; status?: number };

export interface SendOptions {
  attempts?: number;
  timeoutMs?: number;
  /** Waits between attempts (ms). */
  backoff?: (attempt: number) => number;
  onAttempt?: (attempt: number) => void;
}

const retryable = (o: SendOutcome) => o.kind === 'failed' && ['offline', 'timeout', 'server'].includes(o.reason);

async function once(url: string, body: string, key: string, timeoutMs: number): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    return { kind: 'failed', reason: (e as Error).name === 'TimeoutError' ? 'timeout' : 'offline' };
  }
  if (response.status === 201 || response.status === 200) {
    const json = (await response.json().catch(() => ({}))) as { id?: string; receivedAt?: string };
    if (typeof json.id === 'string') return { kind: 'accepted', id: json.id, receivedAt: json.receivedAt ?? new Date().toISOString() };
    return { kind: 'failed', reason: 'server', status: response.status };
  }
  if (response.status === 400) {
    const json = (await response.json().catch(() => ({}))) as { issues?: ValidationIssue[] };
    return { kind: 'rejected', issues: Array.isArray(json.issues) ? json.issues : [] };
  }
  if (response.status === 413) return { kind: 'failed', reason: 'too_large', status: 413 };
  if (response.status === 429) return { kind: 'failed', reason: 'rate_limited', status: 429 };
  if (response.status === 409) return { kind: 'failed', reason: 'conflict', status: 409 };
  if (response.status >= 500) return { kind: 'failed', reason: 'server', status: response.status };
  return { kind: 'failed', reason: 'refused', status: response.status };
}

/** `body` is already JSON: a large proposal is serialised once, in the worker. */
export async function sendProposal(url: string, body: string, key: string, options: SendOptions = {}): Promise<SendOutcome> {
  const attempts = options.attempts ?? 3;
  const backoff = options.backoff ?? ((n: number) => 1000 * 2 ** (n - 1));
  let outcome: SendOutcome = { kind: 'failed', reason: 'offline' };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    options.onAttempt?.(attempt);
    // The limit covers the upload too: allow ~400 kbit/s on top of 20 s for the answer.
    // Whole milliseconds: Node's AbortSignal.timeout throws on a fraction (browsers truncate it).
    outcome = await once(url, body, key, Math.ceil(options.timeoutMs ?? 20_000 + body.length / 50));
    if (!retryable(outcome) || attempt === attempts) break;
    await new Promise((resolve) => setTimeout(resolve, backoff(attempt)));
  }
  return outcome;
}
