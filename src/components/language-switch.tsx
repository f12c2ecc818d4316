import { translate, type Lang } from '../i18n/lang';

/** The languages the region offers (region.json `languages`); none when it offers one. */
export function LanguageSwitch({ lang, languages, onChange }: { lang: Lang; languages: readonly Lang[]; onChange: (lang: Lang) => void }) {
  if (languages.length < 2) return null;
  return (
    <div className="lang-switch" role="group" aria-label={translate(lang, 'language')}>
      {languages.map((l) => (
        <button key={l} type="button" aria-pressed={l === lang} lang={l} onClick={() => onChange(l)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
