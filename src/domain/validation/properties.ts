// The passport of a proposed site, checked with the ProposalProperties schema: one issue per
// field, with its path. Common other names are mapped first (property-aliases.ts) and said;
// unknown keys are listed in a warning and kept; GIS bookkeeping (OBJECTID...) is ignored.
import type * as z from 'zod';
import { PROPOSAL_FIELDS, ProposalProperties } from '../schema/proposal';
import type { IssueParams, ValidationContext } from './codes';
import { joinPath, nameParams, type IssueList } from './issues';
import { resolveProperties } from './property-aliases';
import { isObject, type Json } from './structure';

export interface PassportFacts {
  /** The properties under the passport's own names (unknown keys kept as written). */
  properties: Json | null;
  /** The declared total area, when it is a valid number. */
  declaredAreaHa?: number;
  /** The municipality, when it is one of the region's. */
  municipalityId?: string;
}

/** GIS attribute tables write an empty cell as null or "": unknown stays absent. */
function knownFields(props: Json): Json {
  const out: Json = {};
  for (const key of PROPOSAL_FIELDS) {
    const v = props[key];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    out[key] = v;
  }
  return out;
}

function reasonOf(issue: z.core.$ZodIssue, field: string): IssueParams {
  switch (issue.code) {
    case 'invalid_type':
      return { reason: `expected_${issue.expected}` };
    case 'too_small':
      if (issue.origin === 'string') return { reason: 'too_short' };
      return { reason: issue.inclusive && Number(issue.minimum) === 0 ? 'negative' : 'not_positive' };
    case 'too_big':
      return { reason: 'too_long', max: Number(issue.maximum) };
    case 'invalid_format':
      if (issue.format === 'email') return { reason: 'invalid_email' };
      return { reason: field === 'phone' ? 'invalid_phone' : 'invalid_id' };
    case 'invalid_value':
      return { reason: 'invalid_option', options: issue.values.map(String).join(', ') };
    case 'custom':
      return { reason: issue.message === 'free_exceeds_total' || issue.message === 'control_characters' ? issue.message : 'other' };
    default:
      return { reason: 'other' };
  }
}

export function checkProperties(feature: Json, featurePath: string, ctx: ValidationContext, issues: IssueList): PassportFacts {
  const base = joinPath(featurePath, 'properties');
  const raw = feature.properties;
  if (raw !== null && raw !== undefined && !isObject(raw)) {
    issues.add('invalid_property', base, { field: 'properties', reason: 'expected_object' });
  }
  const resolved = resolveProperties(isObject(raw) ? raw : {}, ctx.municipalities ?? []);
  for (const m of resolved.mapped) {
    issues.add('property_mapped', joinPath(base, m.from), { from: m.from.slice(0, 80), to: m.to, ...(m.given ? { given: m.given, value: m.value! } : {}) });
  }
  if (resolved.unknown.length) {
    const shown = resolved.unknown.slice(0, 10).map((k) => k.slice(0, 40));
    issues.add('unknown_property', base, { keys: shown.join(', '), count: resolved.unknown.length });
  }
  const props = knownFields(resolved.properties);
  const required = ctx.requireProperties ?? true;
  const reported = new Set<string>();
  // Not one of the region's, whether an id or a name nobody recognised: said as such, where the
  // file has it (an alias's own key), rather than as a malformed id.
  const municipality = props.municipalityId;
  if (typeof municipality === 'string' && ctx.municipalityIds.length > 0 && !ctx.municipalityIds.includes(municipality)) {
    const from = resolved.mapped.find((m) => m.to === 'municipalityId')?.from ?? 'municipalityId';
    issues.add('unknown_municipality', joinPath(base, from), { id: municipality.slice(0, 80), ...nameParams('region', ctx.regionName) });
    reported.add('municipalityId');
  }
  const result = ProposalProperties.safeParse(props);
  for (const issue of result.success ? [] : result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!field || reported.has(field)) continue;
    reported.add(field);
    if (props[field] === undefined) {
      if (required) issues.add('missing_property', joinPath(base, field), { field });
    } else {
      issues.add('invalid_property', joinPath(base, field), { field, ...reasonOf(issue, field) });
    }
  }
  // zod runs the free-vs-total refinement only when everything else passed; say it regardless.
  const { freeAreaHa: free, totalAreaHa: total } = props;
  const fine = (k: string) => !reported.has(k) && typeof props[k] === 'number';
  if (!reported.has('freeAreaHa') && fine('freeAreaHa') && fine('totalAreaHa') && (free as number) > (total as number)) {
    issues.add('invalid_property', joinPath(base, 'freeAreaHa'), { field: 'freeAreaHa', reason: 'free_exceeds_total' });
  }

  const facts: PassportFacts = { properties: isObject(raw) ? resolved.properties : null };
  if (fine('totalAreaHa')) facts.declaredAreaHa = total as number;
  if (typeof municipality === 'string' && !reported.has('municipalityId')) facts.municipalityId = municipality;
  return facts;
}
