// A record stored from two halves (the proposal serialised on a worker) reads exactly as a record
// written whole (by the moderation CLI): anyone reading the files sees one format, and it parses
// back to the record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordParts, recordTailText, recordText, type SubmissionRecord } from '../../../scripts/receiver/store';

const root = join(import.meta.dirname, '..', '..', '..');
const proposal = JSON.parse(readFileSync(join(root, 'test/fixtures/proposals/good-polygon.geojson'), 'utf8'));

describe('submission record text', () => {
  it('is the whole record in its field order, pretty but for the compact proposal, the same from two halves', () => {
    const record: SubmissionRecord = {
      id: 'S-20261207-0a1b2c3d',
      receivedAt: '2026-12-07T16:00:00.000Z',
      idempotencyKey: 'key "quoted" \\ \u2028',
      bodySha256: 'f'.repeat(64),
      clientId: 'client-aaaa1111',
      submitter: { municipalityId: 'kemerovsky-mo', name: 'Иванова «Мария»', email: 'invest@example.ru' },
      proposal,
      status: 'pending',
    };
    const { id, receivedAt, idempotencyKey, bodySha256, clientId, submitter } = record;
    const tail = new TextEncoder().encode(recordTailText({ clientId, submitter, proposal }));
    const parts = recordParts({ id, receivedAt, idempotencyKey, bodySha256 }, tail);
    const whole = recordText(record);
    expect(Buffer.concat(parts).toString('utf8')).toBe(whole);
    expect(JSON.parse(whole)).toEqual(record);
    expect(Object.keys(JSON.parse(whole))).toEqual(Object.keys(record));
    expect(whole).toContain(`  "proposal": ${JSON.stringify(proposal)},\n`);
    expect(whole).toContain('  "submitter": {\n    "municipalityId": "kemerovsky-mo",\n');
  });
});
