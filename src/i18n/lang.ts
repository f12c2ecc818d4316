import { LANGUAGES, type Language } from '../domain/schema/vocabulary';
import { INVESTOR_MESSAGES, type investorRu } from './investor-messages';
import { CORE_MESSAGES, type ru } from './messages';
import { PROPOSE_MESSAGES, type proposeRu } from './propose-messages';

/** The product's languages: registered once, in the data model's vocabulary. */
export const LANGS = LANGUAGES;
export type Lang = Language;

export type MessageKey = keyof typeof ru | keyof typeof investorRu | keyof typeof proposeRu;
// Every area's catalogue, per language: a new language adds itself in each catalogue, not here.
const catalogs = Object.fromEntries(LANGS.map((l) => [l, { ...CORE_MESSAGES[l], ...INVESTOR_MESSAGES[l], ...PROPOSE_MESSAGES[l] }])) as Record<
  Lang,
  Record<MessageKey, string>
>;

export { isLanguage as isLang } from '../domain/schema/vocabulary';

/**
 * The language shown: the link's (`?lang=`) when the region offers it (region.json `languages`),
 * else the region's default; before the region is known, the link's or Russian.
 */
export function chooseLang(asked: Lang | undefined, region: { languages: readonly Lang[]; defaultLanguage: Lang } | undefined): Lang {
  return asked && (!region || region.languages.includes(asked)) ? asked : (region?.defaultLanguage ?? asked ?? 'ru');
}

export function translate(lang: Lang, key: MessageKey): string {
  return catalogs[lang][key];
}

/** A data text in the chosen language, falling back to Russian (always present). */
export function localized(text: { ru: string } & Partial<Record<Lang, string | undefined>>, lang: Lang): string {
  return text[lang] ?? text.ru;
}
