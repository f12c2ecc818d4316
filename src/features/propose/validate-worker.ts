// Parsing and validation off the main thread: a 50 MB file never freezes the page. The full
// proposal stays here; the page gets the issues, the metrics and a light copy for the map.
/// <reference lib="webworker" />
import type { SubmissionBody } from '../../domain/schema/proposal';
import { submissionJson, type SubmissionEnvelope } from './submission';
import type { FeatureCollection } from 'geojson';
import { deriveContext, deriveSite, type DeriveContext } from '../../domain/data/derive-site';
import type { InfraFeature } from '../../domain/schema/infrastructure';
import type { SiteDerived } from '../../domain/schema/derived';
import type { MunicipalityShape } from '../../domain/geo/site-metrics';
import { misnamedFile, unreadableEncoding, validateProposal, validateProposalText, withEncodingNotice, type ValidationContext, type ValidationResult } from '../../domain/validation';
import { lightCopy } from './light-copy';
import { loadSourceText, saveSourceText } from './draft-store';
import { ConversionError, convertProposalFile } from '../../convert/proposal-file';

export type WorkerRequest =
  | { type: 'init'; infrastructure: InfraFeature[]; municipalities: MunicipalityShape[] }
  /** The File itself (a cheap handle): reading tens of megabytes happens here, not on the page. */
  | { type: 'validate-file'; id: number; file: File; context: ValidationContext }
  | { type: 'validate-text'; id: number; text: string; context: ValidationContext }
  /** The file kept with the draft (restoring after a reload). */
  | { type: 'validate-stored'; id: number; context: ValidationContext }
  | { type: 'validate-geojson'; id: number; value: unknown; context: ValidationContext }
  /** Puts the form's passport on the current geometry and validates the whole proposal. */
  | { type: 'finalize'; id: number; properties: Record<string, unknown>; envelope: SubmissionEnvelope; context: ValidationContext };

export type Stage = 'reading' | 'converting' | 'parsing' | 'checking' | 'measuring';

export type WorkerResponse =
  | { type: 'progress'; id: number; stage: Stage }
  | {
      type: 'result';
      id: number;
      result: Omit<ValidationResult, 'proposal'>;
      /** For the map: the proposal itself, or a thinned copy when it is large. */
      display?: FeatureCollection;
      /** The display copy is thinned: editing it on the map would send fewer vertices. */
      thinned?: true;
      /** The file's text was written to the draft store (by this worker). */
      stored?: true;
      derived?: SiteDerived;
    }
  | {
      type: 'final';
      id: number;
      result: Omit<ValidationResult, 'proposal'>;
      /** The checked proposal (offered for download when sending fails) and the whole request body. */
      json: string | null;
      body: string | null;
      /** Fingerprint of the body: a changed body must not reuse the old Idempotency-Key. */
      hash: string | null;
    }
  | { type: 'error'; id: number; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** A quick fingerprint of what is sent: a changed proposal must not reuse the old Idempotency-Key. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0') + text.length.toString(16);
}
let derive: DeriveContext | undefined;
let lastProposal: FeatureCollection | undefined;

function post(message: WorkerResponse) {
  scope.postMessage(message);
}

function finish(id: number, result: ValidationResult, stored?: true) {
  post({ type: 'progress', id, stage: 'measuring' });
  lastProposal = result.proposal;
  const first = result.proposal?.features[0];
  const metrics = result.metrics?.[0];
  const geometry = first?.geometry;
  const derived =
    derive && metrics && geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')
      ? deriveSite(geometry, 'exact', metrics.municipalityId ?? '', derive)
      : undefined;
  const { proposal, ...rest } = result;
  const display = proposal && lightCopy(proposal);
  post({
    type: 'result',
    id,
    result: rest,
    ...(display ? { display, ...(display !== proposal ? { thinned: true as const } : {}) } : {}),
    ...(stored ? { stored } : {}),
    ...(derived ? { derived } : {}),
  });
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'init') {
    derive = deriveContext(req.infrastructure, req.municipalities);
    return;
  }
  if (req.type === 'finalize') {
    if (!lastProposal) return post({ type: 'error', id: req.id, message: 'no geometry yet' });
    const withPassport = {
      ...lastProposal,
      features: lastProposal.features.map((f) => ({ ...f, properties: { ...f.properties, ...req.properties } })),
    };
    const { proposal, ...result } = validateProposal(withPassport, { ...req.context, requireProperties: true });
    if (!result.ok || !proposal) return post({ type: 'final', id: req.id, result, json: null, body: null, hash: null });
    const body = submissionJson(req.envelope, proposal as SubmissionBody['proposal']);
    post({ type: 'final', id: req.id, result, json: JSON.stringify(proposal), body, hash: fnv1a(body) });
    return;
  }
  try {
    if (req.type === 'validate-file') {
      post({ type: 'progress', id: req.id, stage: 'reading' });
      const bytes = new Uint8Array(await req.file.arrayBuffer());
      post({ type: 'progress', id: req.id, stage: 'converting' });
      const converted = await convertProposalFile(req.file.name, bytes);
      post({ type: 'progress', id: req.id, stage: 'parsing' });
      // Bytes that are no text we read are refused, never kept as «������».
      if (converted.kind === 'undecodable') return finish(req.id, unreadableEncoding(converted.offset));
      if (converted.kind === 'misnamed') return finish(req.id, misnamedFile(converted.looks));
      const text = converted.kind === 'text' ? converted.text : JSON.stringify(converted.value);
      // Kept with the draft from here, so the page never holds (or copies) the whole file. The
      // write goes on while the file is checked; the answer says whether it was kept.
      const storing = saveSourceText(text).then(
        () => true as const,
        () => undefined,
      );
      const result = converted.kind === 'text' ? validateProposalText(text, req.context, bytes.byteLength) : validateProposal(converted.value, req.context);
      finish(req.id, withEncodingNotice(result, converted.encoding ?? 'utf-8'), await storing);
    } else if (req.type === 'validate-stored') {
      post({ type: 'progress', id: req.id, stage: 'reading' });
      const text = (await loadSourceText()) ?? '';
      post({ type: 'progress', id: req.id, stage: 'parsing' });
      finish(req.id, validateProposalText(text, req.context), true);
    } else if (req.type === 'validate-text') {
      post({ type: 'progress', id: req.id, stage: 'parsing' });
      finish(req.id, validateProposalText(req.text, req.context));
    } else {
      post({ type: 'progress', id: req.id, stage: 'checking' });
      finish(req.id, validateProposal(req.value, req.context));
    }
  } catch (e) {
    const message = e instanceof ConversionError ? e.message : `unexpected: ${(e as Error).message}`;
    post({ type: 'error', id: req.id, message });
  }
};
