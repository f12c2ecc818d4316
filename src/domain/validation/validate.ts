// The proposal validator: every problem of a proposed site's file at once, never a throw.
// One module for the submission page, the CLI (scripts/validate.ts) and the receiver.
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { DEFAULT_MAX_BYTES, LIMITS, type FeatureMetrics, type ValidationContext, type ValidationResult } from './codes';
import { readGeometry, type ReadGeometry } from './geometry-read';
import { IssueList, joinPath } from './issues';
import { parseJsonText, utf8Length } from './json-text';
import { checkArea, checkOverlaps, checkPlacement, measure, prepareSites, toFeature, type PreparedSite } from './placement';
import { checkProperties } from './properties';
import { checkDuplicateIds, readStructure, type Json, type RawFeature } from './structure';
import { checkTopology, type VertexBudget } from './topology';

const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 120);

/**
 * A file's text as read. `byteLength` is the file's size when known (File.size, Content-Length,
 * fs.stat); the size is checked before anything is parsed.
 */
export function validateProposalText(text: string, ctx: ValidationContext, byteLength?: number): ValidationResult {
  const issues = new IssueList();
  try {
    const max = ctx.maxBytes ?? DEFAULT_MAX_BYTES;
    // Each UTF-16 unit is 1–3 UTF-8 bytes: short texts need no exact count.
    const size = byteLength ?? (text.length * 3 <= max ? text.length : utf8Length(text));
    if (size > max) {
      issues.add('file_too_large', '', { bytes: size, maxBytes: max });
      return { ok: false, issues: issues.issues };
    }
    // A million "[" must be refused by one linear scan, not walked recursively (here, by a
    // caller printing the result, or by JSON.stringify of it).
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      issues.add('invalid_json', '', { maxDepth: MAX_JSON_DEPTH });
      return { ok: false, issues: issues.issues };
    }
    const parsed = parseJsonText(text);
    if (parsed.ok) return validateProposal(parsed.value, ctx);
    if (parsed.empty) issues.add('empty', '');
    else {
      const { line, column, near } = parsed;
      issues.add('invalid_json', '', line === undefined ? {} : { line, column: column ?? 0, ...(near ? { near } : {}) });
    }
  } catch (e) {
    issues.add('invalid_json', '', { detail: detailOf(e) });
  }
  return { ok: false, issues: issues.issues };
}

/** Parsed JSON: a FeatureCollection, a Feature, or a bare Polygon/MultiPolygon (wrapped). */
export function validateProposal(json: unknown, ctx: ValidationContext): ValidationResult {
  const issues = new IssueList();
  try {
    return run(json, ctx, issues);
  } catch (e) {
    // Not expected; if it happens the caller still gets an answer, not a crash.
    issues.add('not_geojson', '', { what: 'other', type: detailOf(e) });
    return { ok: false, issues: issues.issues };
  }
}

function run(json: unknown, ctx: ValidationContext, issues: IssueList): ValidationResult {
  const features = readStructure(json, issues);
  if (!features) return { ok: false, issues: issues.issues };
  checkDuplicateIds(features, issues);
  const state: RunState = { ctx, issues, budget: { remaining: LIMITS.verticesTotal, tests: { remaining: LIMITS.segmentTests } } };
  const out: Feature[] = [];
  const metrics: (FeatureMetrics | null)[] = [];
  for (const raw of features) {
    const [feature, m] = checkFeature(raw, state);
    out.push(feature);
    metrics.push(m);
  }
  const proposal: FeatureCollection = { type: 'FeatureCollection', features: out };
  return { ok: !issues.hasErrors, issues: issues.issues, proposal, metrics };
}

interface RunState {
  ctx: ValidationContext;
  issues: IssueList;
  budget: VertexBudget;
  sites?: PreparedSite[];
}

function checkFeature(raw: RawFeature, state: RunState): [Feature, FeatureMetrics | null] {
  const { ctx, issues } = state;
  const { feature, path } = raw;
  if (!feature) return [raw.item as Feature, null];
  const geometryFailed = (e: unknown) =>
    issues.add('invalid_polygon', joinPath(path, 'geometry'), { reason: 'other', detail: detailOf(e) });
  let geometry = (feature.geometry ?? null) as Geometry;
  let measured: { g: ReadGeometry; m: FeatureMetrics; valid: boolean; inside: boolean } | undefined;
  try {
    const g = readGeometry(feature, path, issues);
    if (g) {
      const placement = g.inRange ? checkPlacement(g, path, ctx, issues) : undefined;
      const located = placement === 'inside' || placement === 'outside';
      const topology = checkTopology(g, issues, state.budget, located);
      geometry = toFeature(g).geometry;
      if (topology.measurable && located) {
        measured = { g, m: measure(g), valid: topology.valid, inside: placement === 'inside' };
      }
    }
  } catch (e) {
    geometryFailed(e);
  }
  // Properties are checked whatever the geometry: a file with both kinds of problems gets both.
  const facts = checkProperties(feature, path, ctx, issues);
  if (!measured) return [sendable(feature, geometry, facts.properties), null];
  const { g, m, valid, inside } = measured;
  if (facts.municipalityId) m.municipalityId = facts.municipalityId;
  try {
    if (valid) {
      checkArea(m, facts.declaredAreaHa, path, g, issues);
      if (inside) checkOverlaps(g, path, (state.sites ??= prepareSites(ctx.existingSites)), ctx, issues);
    }
  } catch (e) {
    geometryFailed(e);
  }
  return [sendable(feature, geometry, facts.properties), m];
}

/** The feature as sent: its id as given, its properties under the passport's names, the checked geometry. */
function sendable(feature: Json, geometry: Geometry, properties: Json | null): Feature {
  const out: Feature = { type: 'Feature', geometry, properties };
  if (typeof feature.id === 'string' || typeof feature.id === 'number') out.id = feature.id;
  return out;
}
