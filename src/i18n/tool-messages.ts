// The words of the Node tools: the receiver (POST /api/submissions) and `npm run validate`.
// The receiver's own issues (the request's envelope: clientId, submitter; nesting too deep, too
// many features, a proposal that is not a FeatureCollection) carry `params.envelope` saying which
// they are; every other issue is worded by validation-messages.ts like any proposal issue.
import type { IssueParams } from '../domain/validation/codes';
import type { Lang } from './lang';

type P = Readonly<IssueParams>;

export const ENVELOPE_ISSUES = ['missing', 'field', 'unknown_key', 'too_deep', 'too_many_features', 'too_complex', 'not_collection'] as const;
export type EnvelopeIssue = (typeof ENVELOPE_ISSUES)[number];

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

const label = (lang: Lang, p: P) => LABELS[lang][String(p.field || 'body')] ?? String(p.field);
const reason = (lang: Lang, p: P) => REASONS[lang][String(p.reason)] ?? REASONS[lang].other!;

const TEMPLATES: Record<EnvelopeIssue, Record<Lang, (p: P) => string>> = {
  missing: {
    ru: (p) => `Не заполнено обязательное поле «${label('ru', p)}».`,
    en: (p) => `The required field "${label('en', p)}" is missing.`,
  },
  field: {
    ru: (p) => `Поле «${label('ru', p)}» заполнено неверно: ${reason('ru', p)}.`,
    en: (p) => `The field "${label('en', p)}" is invalid: ${reason('en', p)}.`,
  },
  unknown_key: {
    ru: (p) => `Лишнее поле «${p.key}»: принимаются только clientId, submitter {municipalityId, name, email, phone} и proposal.`,
    en: (p) => `Unknown field "${p.key}": only clientId, submitter {municipalityId, name, email, phone} and proposal are accepted.`,
  },
  too_deep: {
    ru: (p) => `JSON вложен глубже ${p.maxDepth} уровней; предложению в GeoJSON хватает около 10. Пересохраните слой как GeoJSON.`,
    en: (p) => `The JSON is nested deeper than ${p.maxDepth} levels; a GeoJSON proposal needs about 10. Save the layer as GeoJSON again.`,
  },
  too_many_features: {
    ru: (p) => `В предложении ${p.features} объектов; за одну заявку принимается не более ${p.maxFeatures}. Объедините части площадки или разделите заявку.`,
    en: (p) => `The proposal holds ${p.features} features; one submission accepts at most ${p.maxFeatures}. Merge the parts of the site or split the submission.`,
  },
  too_complex: {
    ru: (p) =>
      `Проверка предложения заняла бы больше ${p.workerMemoryMb} МиБ памяти, чем отведено сервером. Упростите границы (меньше вершин) или разделите заявку.`,
    en: (p) =>
      `Checking the proposal would take more than the ${p.workerMemoryMb} MiB of memory the server allows. Simplify the boundaries (fewer vertices) or split the submission.`,
  },
  not_collection: {
    ru: (p) => `Предложение должно быть FeatureCollection с хотя бы одним объектом, а не ${p.type}.`,
    en: (p) => `The proposal must be a FeatureCollection with at least one feature, not ${p.type}.`,
  },
};

export function isEnvelopeIssue(value: unknown): value is EnvelopeIssue {
  return typeof value === 'string' && (ENVELOPE_ISSUES as readonly string[]).includes(value);
}

export function envelopeMessage(kind: EnvelopeIssue, lang: Lang, params: P): string {
  return TEMPLATES[kind][lang](params);
}

// ---- npm run validate: its verdict line and issue labels ----

export const VALIDATE_CLI_TEXT: Record<Lang, Record<'valid' | 'invalid' | 'errors' | 'warnings' | 'error' | 'warning' | 'root', string>> = {
  ru: { valid: 'допустим', invalid: 'недопустим', errors: 'ошибок', warnings: 'предупреждений', error: 'ошибка', warning: 'предупр.', root: '(весь файл)' },
  en: { valid: 'valid', invalid: 'invalid', errors: 'error(s)', warnings: 'warning(s)', error: 'error', warning: 'warning', root: '(whole file)' },
};

/** "ошибок: 2, предупреждений: 1" / "2 error(s), 1 warning(s)". */
export function issueCounts(lang: Lang, errors: number, warnings: number): string {
  const t = VALIDATE_CLI_TEXT[lang];
  return lang === 'ru' ? `${t.errors}: ${errors}, ${t.warnings}: ${warnings}` : `${errors} ${t.errors}, ${warnings} ${t.warnings}`;
}
