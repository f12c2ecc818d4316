// POST {base}/submissions after the check (check-submission.ts, on a worker): the idempotency
// rules and the durable write, on the event loop (DESIGN.md "Submission API"; docs/receiver.md
// lists every answer).
import type { ValidationIssue } from '../../src/domain/validation';
import type { CheckedSubmission } from './check-submission';
import type { SubmissionStore } from './store';

export interface Answer {
  status: number;
  body: unknown;
}

const invalid = (issues: ValidationIssue[]): Answer => ({ status: 400, body: { issues } });

/** Idempotency-Key: visible ASCII, as a UUID or any client-made token is. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export class Submissions {
  /** Key -> the request storing it now: a concurrent retry waits for it instead of storing twice. */
  private readonly inflight = new Map<string, Promise<Answer>>();

  constructor(private readonly store: SubmissionStore) {}

  /**
   * Issues in the answer are codes and params; the server words them for the client's language.
   * A key already used answers from its receipt (201 for the same body, 409 for another) before
   * the proposal's own issues, as a retry of a stored submission must.
   */
  async submit(checked: CheckedSubmission, key: string): Promise<Answer> {
    const { hash, acceptedUtf8 } = checked;
    if (hash === undefined) return invalid(checked.issues);
    return this.once(key, hash, async () => {
      if (acceptedUtf8 === undefined) return invalid(checked.issues);
      const at = new Date();
      const head = { id: this.store.newId(at), receivedAt: at.toISOString(), idempotencyKey: key, bodySha256: hash };
      return receiptAnswer(await this.store.add(head, acceptedUtf8));
    });
  }

  /** At most one request per key does the work; the others answer from its outcome. */
  private async once(key: string, hash: string, work: () => Promise<Answer>): Promise<Answer> {
    for (;;) {
      const done = this.store.receipt(key);
      if (done) {
        if (done.bodySha256 !== hash) return { status: 409, body: { error: 'this Idempotency-Key was already used for a different submission' } };
        return receiptAnswer(done);
      }
      const running = this.inflight.get(key);
      if (!running) break;
      await running.catch(() => undefined);
    }
    // Checked and claimed in one synchronous step: no other request can slip in between.
    const promise = work();
    this.inflight.set(key, promise);
    try {
      return await promise;
    } finally {
      this.inflight.delete(key);
    }
  }
}

const receiptAnswer = (receipt: { id: string; receivedAt: string }): Answer => ({ status: 201, body: { id: receipt.id, receivedAt: receipt.receivedAt } });
