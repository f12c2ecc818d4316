// The receiver's own 400 answers in the issue format of DESIGN.md ("Validation result"): the body
// envelope (clientId, submitter), unreadable JSON and the feature cap. Proposal issues come from
// the shared validator unchanged, with paths relative to the proposal (`features[0]...`).
// Codes and params only: src/i18n words them (receiver-messages.ts) when the answer is sent.
import type * as z from 'zod';
import type { IssueCode, IssueParams, ValidationIssue } from '../../src/domain/validation';
import type { EnvelopeIssue } from '../../src/i18n/tool-messages';

const issue = (code: IssueCode, path: string, params?: IssueParams): ValidationIssue => ({
  code,
  severity: 'error',
  path,
  ...(params ? { params } : {}),
});
const envelope = (kind: EnvelopeIssue, params: IssueParams) => ({ ...params, envelope: kind });

function reasonOf(issue: z.core.$ZodIssue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' ? 'expected_object' : 'expected_string';
    case 'too_small':
      return 'too_short';
    case 'too_big':
      return 'too_long';
    case 'invalid_format':
      if (issue.format === 'email') return 'invalid_email';
      if (field === 'clientId') return 'invalid_client_id';
      return field.endsWith('phone') ? 'invalid_phone' : 'invalid_id';
    default:
      return 'other';
  }
}

function fieldIssue(path: string, reason: string, missing: boolean): ValidationIssue {
  if (missing) return issue('missing_property', path, envelope('missing', { field: path }));
  return issue('invalid_property', path, envelope('field', { field: path, reason }));
}

/** Issues for the envelope (everything but `proposal`, which the validator words). */
export function envelopeIssues(error: z.ZodError, body: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const zi of error.issues) {
    if (zi.path[0] === 'proposal') continue;
    const base = zi.path.map(String).join('.');
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys.slice(0, 20)) {
        const path = base ? `${base}.${key}` : key;
        const shown = path.slice(0, 60);
        out.push(issue('invalid_property', shown, envelope('unknown_key', { field: base || 'body', reason: 'unknown_key', key: shown })));
      }
      continue;
    }
    const path = base || 'body';
    if (seen.has(path)) continue;
    seen.add(path);
    let value: unknown = body;
    for (const step of zi.path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[step] : undefined;
    out.push(fieldIssue(base, reasonOf(zi, path), base !== '' && value === undefined));
  }
  return out;
}

export function unknownMunicipalityIssue(id: string, region: IssueParams): ValidationIssue {
  return issue('unknown_municipality', 'submitter.municipalityId', { id: id.slice(0, 80), ...region });
}

export function invalidJsonIssue(params: IssueParams = {}): ValidationIssue {
  return issue('invalid_json', '', Object.keys(params).length ? params : undefined);
}

export function tooDeepIssue(maxDepth: number): ValidationIssue {
  return issue('invalid_json', '', envelope('too_deep', { reason: 'too_deep', maxDepth }));
}

export function tooLargeIssue(bytes: number, maxBytes: number): ValidationIssue {
  return issue('file_too_large', '', { bytes, maxBytes });
}

/**
 * The proposal's check ran out of a worker's heap: too large to check, like a file over the size
 * limit, and said with the limit that was reached.
 */
export function tooComplexIssue(workerMemoryMb: number): ValidationIssue {
  return issue('file_too_large', '', envelope('too_complex', { workerMemoryMb }));
}

/** There is no code for "too many features": file_too_large (the size of the work) says it best. */
export function tooManyFeaturesIssue(features: number, maxFeatures: number, bytes: number, maxBytes: number): ValidationIssue {
  return issue('file_too_large', 'features', envelope('too_many_features', { features, maxFeatures, bytes, maxBytes }));
}

/** The proposal is not a FeatureCollection but the validator found nothing to say (e.g. a bare Feature). */
export function notCollectionIssue(type: string): ValidationIssue {
  return issue('not_geojson', '', envelope('not_collection', { what: 'unknown_type', type: type.slice(0, 40) }));
}
