// POST {base}/submissions: from the raw body to an answer. Each step refuses as early and as
// cheaply as it can (DESIGN.md "Submission API"; docs/receiver.md lists every answer).
import { createHash } from 'node:crypto';
import type * as z from 'zod';
import { SubmissionBody } from '../../src/domain/schema/proposal';
import { contextFromRegion, validateProposal, type ValidationIssue } from '../../src/domain/validation';
import { nameParams } from '../../src/domain/validation/issues';
import { parseJsonText } from '../../src/domain/validation/json-text';
import type { ReceiverConfig } from './config';
import {
  envelopeIssues,
  invalidJsonIssue,
  notCollectionIssue,
  tooDeepIssue,
  tooManyFeaturesIssue,
  unknownMunicipalityIssue,
} from './issues';
import { MAX_JSON_DEPTH, jsonDepth } from '../../src/domain/validation/json-depth';
import type { RegionCache } from './region';
import type { SubmissionRecord, SubmissionStore } from './store';

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

  constructor(
    private readonly config: ReceiverConfig,
    private readonly store: SubmissionStore,
    private readonly region: RegionCache,
  ) {}

  /** `bytes` is the whole body, already within the size limit. */
  /** Issues in the answer are codes and params; the server words them for the client's language. */
  async submit(bytes: Buffer, key: string): Promise<Answer> {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return invalid([invalidJsonIssue({ reason: 'not_utf8' })]);
    }
    if (jsonDepth(text) > MAX_JSON_DEPTH) return invalid([tooDeepIssue(MAX_JSON_DEPTH)]);
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      const { line, column, near } = parsed.empty ? { line: undefined, column: undefined, near: undefined } : parsed;
      return invalid([invalidJsonIssue(line === undefined ? {} : { line, column: column ?? 0, ...(near ? { near } : {}) })]);
    }
    const json = parsed.value;
    const features = (json as { proposal?: { features?: unknown } } | null)?.proposal?.features;
    if (Array.isArray(features) && features.length > this.config.maxFeatures) {
      return invalid([tooManyFeaturesIssue(features.length, this.config.maxFeatures, bytes.length, this.config.maxBytes)]);
    }
    const body = SubmissionBody.safeParse(json);
    if (!body.success) return invalid(this.envelopeProblems(body.error, json));
    const hash = createHash('sha256').update(JSON.stringify(json)).digest('hex');
    return this.once(key, hash, () => this.validateAndStore(body.data, key, hash));
  }

  private envelopeProblems(error: z.ZodError, json: unknown): ValidationIssue[] {
    const issues = envelopeIssues(error, json);
    const proposal = (json as { proposal?: unknown } | null)?.proposal;
    if (typeof json === 'object' && json !== null && !Array.isArray(json) && proposal !== undefined) {
      // Every problem at once: the proposal's own issues come with the envelope's.
      // The API takes a FeatureCollection only: say that first, whatever else the proposal lacks
      // (a bare Polygon also lacks every passport field, which alone would hide the real mistake).
      const type = (proposal as { type?: unknown } | null)?.type;
      if (type !== 'FeatureCollection') issues.push(notCollectionIssue(typeof type === 'string' ? type : typeof proposal));
      issues.push(...validateProposal(proposal, this.context()).issues);
    }
    return issues;
  }

  private context() {
    return contextFromRegion(this.region.get(), { requireProperties: true, maxBytes: this.config.maxBytes });
  }

  /** At most one request per key does the work; the others answer from its outcome. */
  private async once(key: string, hash: string, work: () => Promise<Answer>): Promise<Answer> {
    for (;;) {
      const done = this.store.receipt(key);
      if (done) {
        if (done.bodySha256 !== hash) return { status: 409, body: { error: 'this Idempotency-Key was already used for a different submission' } };
        return { status: 201, body: { id: done.id, receivedAt: done.receivedAt } };
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

  private async validateAndStore(body: SubmissionBody, key: string, hash: string): Promise<Answer> {
    const ctx = this.context();
    const issues: ValidationIssue[] = [];
    if (!ctx.municipalityIds.includes(body.submitter.municipalityId)) {
      issues.push(unknownMunicipalityIssue(body.submitter.municipalityId, nameParams('region', ctx.regionName)));
    }
    const result = validateProposal(body.proposal, ctx);
    if (!result.ok || !result.proposal || issues.length) return invalid([...issues, ...result.issues]);
    const at = new Date();
    const record: SubmissionRecord = {
      id: this.store.newId(at),
      receivedAt: at.toISOString(),
      idempotencyKey: key,
      bodySha256: hash,
      clientId: body.clientId,
      submitter: body.submitter,
      proposal: result.proposal,
      status: 'pending',
    };
    const receipt = await this.store.add(record);
    return { status: 201, body: { id: receipt.id, receivedAt: receipt.receivedAt } };
  }
}
