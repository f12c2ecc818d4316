// The CPU-heavy half of POST {base}/submissions: from the raw body to a checked submission. It
// runs in a validation worker (validation-pool.ts), never on the server's event loop, so one
// large proposal cannot delay other requests. Each step refuses as early and as cheaply as it can.
import { createHash } from 'node:crypto';
import type * as z from 'zod';
import type { RegionData } from '../../src/domain/data/region-data';
import { SubmissionBody } from '../../src/domain/schema/proposal';
import { recordTailText } from './store';
import { contextFromRegion, validateProposal, type ValidationIssue } from '../../src/domain/validation';
import { nameParams } from '../../src/domain/validation/issues';
import { MAX_JSON_DEPTH, jsonDepth } from '../../src/domain/validation/json-depth';
import { parseJsonText } from '../../src/domain/validation/json-text';
import {
  envelopeIssues,
  invalidJsonIssue,
  notCollectionIssue,
  tooDeepIssue,
  tooManyFeaturesIssue,
  unknownMunicipalityIssue,
} from './issues';

export interface CheckLimits {
  maxBytes: number;
  maxFeatures: number;
}

/**
 * `hash` is there once the envelope is readable: the idempotency check (same key, same body?)
 * comes before the proposal's own issues. `accepted` is there when nothing is wrong.
 */
export interface CheckedSubmission {
  issues: ValidationIssue[];
  hash?: string;
  /**
   * The record's serialised tail (store.ts recordTailText) as UTF-8, with the proposal as the
   * validator returns it (rings rewound, positions rounded). Bytes, handed over without a copy,
   * so the event loop never handles the proposal as objects or text.
   */
  acceptedUtf8?: Uint8Array;
}

export function checkSubmission(bytes: Uint8Array, limits: CheckLimits, region: RegionData): CheckedSubmission {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { issues: [invalidJsonIssue({ reason: 'not_utf8' })] };
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { issues: [tooDeepIssue(MAX_JSON_DEPTH)] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, near } = parsed.empty ? { line: undefined, column: undefined, near: undefined } : parsed;
    return { issues: [invalidJsonIssue(line === undefined ? {} : { line, column: column ?? 0, ...(near ? { near } : {}) })] };
  }
  const json = parsed.value;
  const features = (json as { proposal?: { features?: unknown } } | null)?.proposal?.features;
  if (Array.isArray(features) && features.length > limits.maxFeatures) {
    return { issues: [tooManyFeaturesIssue(features.length, limits.maxFeatures, bytes.length, limits.maxBytes)] };
  }
  const ctx = contextFromRegion(region, { requireProperties: true, maxBytes: limits.maxBytes });
  const body = SubmissionBody.safeParse(json);
  if (!body.success) return { issues: envelopeProblems(body.error, json, ctx) };

  const hash = createHash('sha256').update(JSON.stringify(json)).digest('hex');
  const issues: ValidationIssue[] = [];
  if (!ctx.municipalityIds.includes(body.data.submitter.municipalityId)) {
    issues.push(unknownMunicipalityIssue(body.data.submitter.municipalityId, nameParams('region', ctx.regionName)));
  }
  const result = validateProposal(body.data.proposal, ctx);
  if (!result.ok || !result.proposal || issues.length) return { hash, issues: [...issues, ...result.issues] };
  const { clientId, submitter } = body.data;
  const acceptedUtf8 = new TextEncoder().encode(recordTailText({ clientId, submitter, proposal: result.proposal }));
  return { hash, issues: [], acceptedUtf8 };
}

function envelopeProblems(error: z.ZodError, json: unknown, ctx: ReturnType<typeof contextFromRegion>): ValidationIssue[] {
  const issues = envelopeIssues(error, json);
  const proposal = (json as { proposal?: unknown } | null)?.proposal;
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && proposal !== undefined) {
    // Every problem at once: the proposal's own issues come with the envelope's.
    // The API takes a FeatureCollection only: say that first, whatever else the proposal lacks
    // (a bare Polygon also lacks every passport field, which alone would hide the real mistake).
    const type = (proposal as { type?: unknown } | null)?.type;
    if (type !== 'FeatureCollection') issues.push(notCollectionIssue(typeof type === 'string' ? type : typeof proposal));
    issues.push(...validateProposal(proposal, ctx).issues);
  }
  return issues;
}
