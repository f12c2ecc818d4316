import { useEffect } from 'react';
import { chooseLang, type Lang } from '../i18n/lang';
import { pageTitle } from '../i18n/page-meta';

interface RegionLanguages {
  languages: readonly Lang[];
  defaultLanguage: Lang;
}

/** The language shown (chooseLang), kept in <html lang> and the title (the open site's name first). */
export function useDocumentLang(asked: Lang | undefined, region: RegionLanguages | undefined, siteName?: { ru: string; en?: string | undefined }): Lang {
  const lang = chooseLang(asked, region);
  const title = pageTitle(lang, siteName);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
  return lang;
}
