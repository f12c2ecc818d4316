// What the page sends: the body is the typed object stringified, and the Idempotency-Key policy.
import { describe, expect, it } from 'vitest';
import { SubmissionBody } from '../../../src/domain/schema/proposal';
import { idempotencyKeyFor, submissionJson, submitterFrom } from '../../../src/features/propose/submission';

const proposal = {
  type: 'FeatureCollection' as const,
  features: [{ type: 'Feature' as const, properties: { name: 'Площадка «Север»' }, geometry: { type: 'Polygon' as const, coordinates: [[[86, 55], [86.1, 55], [86.1, 55.1], [86, 55]]] } }],
};

describe('submission body', () => {
  it('is valid JSON of the submission contract, whatever the passport holds (quotes, newlines)', () => {
    const submitter = submitterFrom({ municipalityId: 'kemerovo-go', contactPerson: 'Иван "Ваня"\nПетров', email: 'a@b.ru', phone: '' });
    expect(submitter).toEqual({ municipalityId: 'kemerovo-go', name: 'Иван "Ваня"\nПетров', email: 'a@b.ru' });
    const text = submissionJson({ clientId: 'client-123456', submitter }, proposal as SubmissionBody['proposal']);
    const parsed = SubmissionBody.safeParse(JSON.parse(text));
    expect(parsed.success).toBe(true);
    expect(JSON.parse(text).submitter.name).toBe('Иван "Ваня"\nПетров');
  });

  it('keeps the key for the same body and takes a new one for a changed body', () => {
    const fresh = () => 'new-key';
    expect(idempotencyKeyFor({ idempotencyKey: 'k1' }, 'h1', fresh)).toBe('k1'); // never sent
    expect(idempotencyKeyFor({ idempotencyKey: 'k1', sentHash: 'h1' }, 'h1', fresh)).toBe('k1'); // a retry
    expect(idempotencyKeyFor({ idempotencyKey: 'k1', sentHash: 'h1' }, 'h2', fresh)).toBe('new-key'); // changed
  });
});
