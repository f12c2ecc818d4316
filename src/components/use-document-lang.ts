import { useEffect } from 'react';
import { translate, type Lang } from '../i18n/lang';

interface RegionLanguages {
  languages: readonly Lang[];
  defaultLanguage: Lang;
}

/**
 * The language shown: the link's (`?lang=`) when the region offers it (region.json `languages`),
 * else the region's default; before the region has loaded, the link's or Russian. Keeps
 * <html lang> and the title in that language.
 */
export function useDocumentLang(asked: Lang | undefined, region: RegionLanguages | undefined): Lang {
  const lang = asked && (!region || region.languages.includes(asked)) ? asked : (region?.defaultLanguage ?? asked ?? 'ru');
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appTitle');
  }, [lang]);
  return lang;
}
