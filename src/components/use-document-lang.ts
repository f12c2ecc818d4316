import { useEffect } from 'react';
import { chooseLang, translate, type Lang } from '../i18n/lang';

interface RegionLanguages {
  languages: readonly Lang[];
  defaultLanguage: Lang;
}

/** The language shown (chooseLang), kept in <html lang> and the title. */
export function useDocumentLang(asked: Lang | undefined, region: RegionLanguages | undefined): Lang {
  const lang = chooseLang(asked, region);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appTitle');
  }, [lang]);
  return lang;
}
