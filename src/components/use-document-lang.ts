import { useEffect } from 'react';
import { translate, type Lang } from '../i18n/lang';

/** Keeps <html lang> and the title in the language shown. */
export function useDocumentLang(lang: Lang): Lang {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appTitle');
  }, [lang]);
  return lang;
}
