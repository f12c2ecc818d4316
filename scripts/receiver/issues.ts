// The receiver's own 400 answers in the issue format of DESIGN.md ("Validation result"): the body
// envelope (clientId, submitter), unreadable JSON and the feature cap. Proposal issues come from
// the shared validator unchanged, with paths relative to the proposal (`features[0]...`).
import type * as z from 'zod';
import { validationMessage, type IssueCode, type IssueParams, type ValidationIssue } from '../../src/domain/validation';

import type { Lang } from '../../src/i18n/lang';

export type { Lang };

const issue = (code: IssueCode, path: string, message: string, params?: IssueParams): ValidationIssue => ({
  code,
  severity: 'error',
  path,
  message,
  ...(params ? { params } : {}),
});

const LABELS: Record<Lang, Record<string, string>> = {
  ru: {
    body: 'тело запроса',
    clientId: 'идентификатор черновика (clientId)',
    submitter: 'отправитель (submitter)',
    'submitter.municipalityId': 'муниципальное образование отправителя',
    'submitter.name': 'имя отправителя',
    'submitter.email': 'электронная почта отправителя',
    'submitter.phone': 'телефон отправителя',
  },
  en: {
    body: 'request body',
    clientId: 'draft id (clientId)',
    submitter: 'submitter',
    'submitter.municipalityId': "submitter's municipality",
    'submitter.name': "submitter's name",
    'submitter.email': "submitter's e-mail",
    'submitter.phone': "submitter's phone",
  },
};

const REASONS: Record<Lang, Record<string, string>> = {
  ru: {
    expected_string: 'нужен текст',
    expected_object: 'нужен объект с полями',
    too_short: 'значение пустое',
    too_long: 'слишком длинное значение',
    invalid_email: 'это не адрес электронной почты',
    invalid_phone: 'это не номер телефона',
    invalid_id: 'нужен идентификатор строчными латинскими буквами через дефис',
    invalid_client_id: 'нужно 8–100 латинских букв, цифр, «-» или «_»',
    unknown_key: 'лишнее поле',
    other: 'недопустимое значение',
  },
  en: {
    expected_string: 'text expected',
    expected_object: 'an object with fields expected',
    too_short: 'the value is empty',
    too_long: 'the value is too long',
    invalid_email: 'not an e-mail address',
    invalid_phone: 'not a phone number',
    invalid_id: 'an identifier in lower-case Latin letters and hyphens expected',
    invalid_client_id: '8–100 Latin letters, digits, "-" or "_" expected',
    unknown_key: 'an unknown field',
    other: 'invalid value',
  },
};

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

function fieldIssue(lang: Lang, path: string, reason: string, missing: boolean): ValidationIssue {
  const label = LABELS[lang][path || 'body'] ?? path;
  if (missing) {
    const message = lang === 'ru' ? `Не заполнено обязательное поле «${label}».` : `The required field "${label}" is missing.`;
    return issue('missing_property', path, message, { field: path });
  }
  const why = REASONS[lang][reason] ?? REASONS[lang].other!;
  const message = lang === 'ru' ? `Поле «${label}» заполнено неверно: ${why}.` : `The field "${label}" is invalid: ${why}.`;
  return issue('invalid_property', path, message, { field: path, reason });
}

/** Issues for the envelope (everything but `proposal`, which the validator words). */
export function envelopeIssues(error: z.ZodError, body: unknown, lang: Lang): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const zi of error.issues) {
    if (zi.path[0] === 'proposal') continue;
    const base = zi.path.map(String).join('.');
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys.slice(0, 20)) {
        const path = base ? `${base}.${key}` : key;
        const shown = path.slice(0, 60);
        const message =
          lang === 'ru'
            ? `Лишнее поле «${shown}»: принимаются только clientId, submitter {municipalityId, name, email, phone} и proposal.`
            : `Unknown field "${shown}": only clientId, submitter {municipalityId, name, email, phone} and proposal are accepted.`;
        out.push(issue('invalid_property', shown, message, { field: base || 'body', reason: 'unknown_key' }));
      }
      continue;
    }
    const path = base || 'body';
    if (seen.has(path)) continue;
    seen.add(path);
    let value: unknown = body;
    for (const step of zi.path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[step] : undefined;
    out.push(fieldIssue(lang, base, reasonOf(zi, path), base !== '' && value === undefined));
  }
  return out;
}

export function unknownMunicipalityIssue(id: string, regionName: string, lang: Lang): ValidationIssue {
  const params = { id: id.slice(0, 80), region: regionName };
  return issue('unknown_municipality', 'submitter.municipalityId', validationMessage('unknown_municipality', lang, params), params);
}

export function invalidJsonIssue(lang: Lang, params: IssueParams = {}): ValidationIssue {
  return issue('invalid_json', '', validationMessage('invalid_json', lang, params), Object.keys(params).length ? params : undefined);
}

export function tooDeepIssue(lang: Lang, maxDepth: number): ValidationIssue {
  const message =
    lang === 'ru'
      ? `JSON вложен глубже ${maxDepth} уровней; предложению в GeoJSON хватает около 10. Пересохраните слой как GeoJSON.`
      : `The JSON is nested deeper than ${maxDepth} levels; a GeoJSON proposal needs about 10. Save the layer as GeoJSON again.`;
  return issue('invalid_json', '', message, { reason: 'too_deep', maxDepth });
}

export function tooLargeIssue(lang: Lang, bytes: number, maxBytes: number): ValidationIssue {
  const params = { bytes, maxBytes };
  return issue('file_too_large', '', validationMessage('file_too_large', lang, params), params);
}

/** There is no code for "too many features": file_too_large (the size of the work) says it best. */
export function tooManyFeaturesIssue(lang: Lang, features: number, maxFeatures: number, bytes: number, maxBytes: number): ValidationIssue {
  const message =
    lang === 'ru'
      ? `В предложении ${features} объектов; за одну заявку принимается не более ${maxFeatures}. Объедините части площадки или разделите заявку.`
      : `The proposal holds ${features} features; one submission accepts at most ${maxFeatures}. Merge the parts of the site or split the submission.`;
  return issue('file_too_large', 'features', message, { features, maxFeatures, bytes, maxBytes });
}

/** The proposal is not a FeatureCollection but the validator found nothing to say (e.g. a bare Feature). */
export function notCollectionIssue(lang: Lang, type: string): ValidationIssue {
  const params = { what: 'unknown_type', type: type.slice(0, 40) };
  const message =
    lang === 'ru'
      ? `Предложение должно быть FeatureCollection с хотя бы одним объектом, а не ${params.type}.`
      : `The proposal must be a FeatureCollection with at least one feature, not ${params.type}.`;
  return issue('not_geojson', '', message, params);
}
