// The proposal passport form: which fields, how typed text becomes the passport, and each
// field's problem in the user's language, from the same checks the validator runs.
import { issueMessage } from '../i18n/issue-message';
import { PROPOSAL_FIELDS } from '../domain/schema/proposal';
import type { ValidationContext } from '../domain/validation';
import { IssueList } from '../domain/validation/issues';
import { checkProperties } from '../domain/validation/properties';
import { PROPOSAL_FIELD_LABELS } from '../i18n/proposal-field-labels';
import type { Lang } from '../i18n/lang';

export type FieldKey = (typeof PROPOSAL_FIELDS)[number];
export type FieldInput = 'text' | 'email' | 'tel' | 'number' | 'kind' | 'municipality' | 'siteType' | 'checkbox' | 'textarea';

export interface FormField {
  key: FieldKey;
  input: FieldInput;
  required: boolean;
  group: 'identity' | 'contact' | 'land' | 'utilities';
}

export const FORM_FIELDS: FormField[] = [
  { key: 'name', input: 'text', required: true, group: 'identity' },
  { key: 'nameEn', input: 'text', required: false, group: 'identity' },
  { key: 'kind', input: 'kind', required: true, group: 'identity' },
  { key: 'municipalityId', input: 'municipality', required: true, group: 'identity' },
  { key: 'specialisation', input: 'textarea', required: false, group: 'identity' },
  { key: 'contactPerson', input: 'text', required: true, group: 'contact' },
  { key: 'email', input: 'email', required: true, group: 'contact' },
  { key: 'phone', input: 'tel', required: false, group: 'contact' },
  { key: 'totalAreaHa', input: 'number', required: false, group: 'land' },
  { key: 'freeAreaHa', input: 'number', required: false, group: 'land' },
  { key: 'siteType', input: 'siteType', required: false, group: 'land' },
  { key: 'electricityMw', input: 'number', required: false, group: 'utilities' },
  { key: 'gasM3h', input: 'number', required: false, group: 'utilities' },
  { key: 'waterM3day', input: 'number', required: false, group: 'utilities' },
  { key: 'railSiding', input: 'checkbox', required: false, group: 'utilities' },
  { key: 'utilitiesNote', input: 'textarea', required: false, group: 'utilities' },
  { key: 'notes', input: 'textarea', required: false, group: 'utilities' },
];

const NUMBER_FIELDS = new Set(FORM_FIELDS.filter((f) => f.input === 'number').map((f) => f.key));

export const fieldLabel = (key: FieldKey, lang: Lang) => PROPOSAL_FIELD_LABELS[lang][key] ?? key;

/** Form text -> passport values; an empty field is absent, never 0. "12,5" reads as 12.5. */
export function coerceForm(values: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FORM_FIELDS) {
    const raw = values[f.key]?.trim();
    if (!raw) continue;
    if (NUMBER_FIELDS.has(f.key)) {
      const n = Number(raw.replace(',', '.').replace(/\s/g, ''));
      out[f.key] = Number.isFinite(n) ? n : raw;
    } else if (f.input === 'checkbox') out[f.key] = raw === 'true';
    else out[f.key] = raw;
  }
  return out;
}

/** A file's properties as form text (only the passport's keys). */
export function prefillFromProperties(props: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!props || typeof props !== 'object') return out;
  for (const key of PROPOSAL_FIELDS) {
    const v = (props as Record<string, unknown>)[key];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = String(v);
  }
  return out;
}

/** Each field's problem, as the validator words it; empty when the passport is complete. */
export function fieldProblems(values: Readonly<Record<string, string>>, ctx: ValidationContext, lang: Lang): Partial<Record<FieldKey, string>> {
  const issues = new IssueList();
  checkProperties({ properties: coerceForm(values) }, '', { ...ctx, requireProperties: true }, issues);
  const out: Partial<Record<FieldKey, string>> = {};
  for (const issue of issues.issues) {
    const field = issue.path.replace(/^properties\.?/, '') as FieldKey;
    if (field && !out[field]) out[field] = issueMessage(issue, lang);
  }
  return out;
}
