import { useEffect } from 'react';
import { translate, type Lang } from '../i18n/lang';

/** The region this build serves: a data folder chosen at build time, not code. */
export const REGION_ID = import.meta.env.VITE_REGION ?? 'kuzbass';

/** Keeps <html lang> and the title in the language shown. */
export function useDocumentLang(lang: Lang): Lang {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appTitle');
  }, [lang]);
  return lang;
}
