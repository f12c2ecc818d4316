// Parsing and validation off the main thread: a 50 MB file never freezes the page. The full
// proposal stays here; the page gets the issues, the metrics and a light copy for the map.
/// <reference lib="webworker" />
import type { FeatureCollection } from 'geojson';
import { deriveContext, deriveSite, type DeriveContext } from '../../domain/data/derive-site';
import type { InfraFeature } from '../../domain/schema/infrastructure';
import type { SiteDerived } from '../../domain/schema/derived';
import type { MunicipalityShape } from '../../domain/geo/site-metrics';
import { validateProposal, validateProposalText, type ValidationContext, type ValidationResult } from '../../domain/validation';
import { lightCopy } from './light-copy';
import { ConversionError, convertProposalFile } from '../../convert/proposal-file';

export type WorkerRequest =
  | { type: 'init'; infrastructure: InfraFeature[]; municipalities: MunicipalityShape[] }
  | { type: 'validate-file'; id: number; name: string; buffer: ArrayBuffer; context: ValidationContext }
  | { type: 'validate-text'; id: number; text: string; context: ValidationContext }
  | { type: 'validate-geojson'; id: number; value: unknown; context: ValidationContext }
  /** Puts the form's passport on the current geometry and validates the whole proposal. */
  | { type: 'finalize'; id: number; properties: Record<string, unknown>; context: ValidationContext };

export type Stage = 'reading' | 'converting' | 'parsing' | 'checking' | 'measuring';

export type WorkerResponse =
  | { type: 'progress'; id: number; stage: Stage }
  | {
      type: 'result';
      id: number;
      result: Omit<ValidationResult, 'proposal'>;
      /** For the map: the proposal itself, or a thinned copy when it is large. */
      display?: FeatureCollection;
      /** The GeoJSON text (for the draft) when the input was a converted file. */
      text?: string;
      derived?: SiteDerived;
    }
  | { type: 'final'; id: number; result: Omit<ValidationResult, 'proposal'>; json: string | null }
  | { type: 'error'; id: number; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let derive: DeriveContext | undefined;
let lastProposal: FeatureCollection | undefined;

function post(message: WorkerResponse) {
  scope.postMessage(message);
}

function finish(id: number, result: ValidationResult, text?: string) {
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
  post({
    type: 'result',
    id,
    result: rest,
    ...(proposal ? { display: lightCopy(proposal) } : {}),
    ...(text !== undefined ? { text } : {}),
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
    post({ type: 'final', id: req.id, result, json: result.ok && proposal ? JSON.stringify(proposal) : null });
    return;
  }
  try {
    if (req.type === 'validate-file') {
      post({ type: 'progress', id: req.id, stage: 'converting' });
      const converted = await convertProposalFile(req.name, new Uint8Array(req.buffer));
      post({ type: 'progress', id: req.id, stage: 'parsing' });
      if (converted.kind === 'text') finish(req.id, validateProposalText(converted.text, req.context, req.buffer.byteLength), converted.text);
      else finish(req.id, validateProposal(converted.value, req.context), JSON.stringify(converted.value));
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
