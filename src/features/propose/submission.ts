// What the page sends (DESIGN.md "Submission API"), decided without React: who submits, from the
// passport, and which Idempotency-Key a send uses.
import type { SubmissionBody } from '../../domain/schema/proposal';

export type SubmissionEnvelope = Omit<SubmissionBody, 'proposal'>;

/** The submitter block from the checked passport (the validator has made sure these are there). */
export function submitterFrom(properties: Readonly<Record<string, unknown>>): SubmissionEnvelope['submitter'] {
  return {
    municipalityId: String(properties.municipalityId),
    name: String(properties.contactPerson),
    email: String(properties.email),
    ...(properties.phone ? { phone: String(properties.phone) } : {}),
  };
}

/** The body as JSON text: the typed object, stringified once (in the worker, beside the proposal). */
export const submissionJson = (envelope: SubmissionEnvelope, proposal: SubmissionBody['proposal']): string =>
  JSON.stringify({ clientId: envelope.clientId, submitter: envelope.submitter, proposal } satisfies SubmissionBody);

/**
 * The same body keeps its key, so a retry after a lost answer is stored once; a changed body
 * (the boundary or any passport field) gets a new one, or the receiver would refuse it as a
 * conflicting repeat of the earlier key (409).
 */
export function idempotencyKeyFor(draft: { idempotencyKey: string; sentHash?: string | undefined }, bodyHash: string, newKey: () => string): string {
  return draft.sentHash && draft.sentHash !== bodyHash ? newKey() : draft.idempotencyKey;
}
