import { investorEn, investorRu } from './investor-messages';
import { en, ru } from './messages';
import { proposeEn, proposeRu } from './propose-messages';

export const LANGS = ['ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type MessageKey = keyof typeof ru | keyof typeof investorRu | keyof typeof proposeRu;
const catalogs: Record<Lang, Record<MessageKey, string>> = {
  ru: { ...ru, ...investorRu, ...proposeRu },
  en: { ...en, ...investorEn, ...proposeEn },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function translate(lang: Lang, key: MessageKey): string {
  return catalogs[lang][key];
}

/** A data text in the chosen language, falling back to Russian (always present). */
export function localized(text: { ru: string; en?: string | undefined }, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.ru) : text.ru;
}
