// The words of `npm run validate` (scripts/validate.ts): its verdict line and issue labels.
import type { Lang } from './lang';

export const VALIDATE_CLI_TEXT: Record<Lang, Record<'valid' | 'invalid' | 'errors' | 'warnings' | 'error' | 'warning' | 'root', string>> = {
  ru: { valid: 'допустим', invalid: 'недопустим', errors: 'ошибок', warnings: 'предупреждений', error: 'ошибка', warning: 'предупр.', root: '(весь файл)' },
  en: { valid: 'valid', invalid: 'invalid', errors: 'error(s)', warnings: 'warning(s)', error: 'error', warning: 'warning', root: '(whole file)' },
};

/** "ошибок: 2, предупреждений: 1" / "2 error(s), 1 warning(s)". */
export function issueCounts(lang: Lang, errors: number, warnings: number): string {
  const t = VALIDATE_CLI_TEXT[lang];
  return lang === 'ru' ? `${t.errors}: ${errors}, ${t.warnings}: ${warnings}` : `${errors} ${t.errors}, ${warnings} ${t.warnings}`;
}
