import { LANGS, translate, type Lang } from '../i18n/lang';

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div className="lang-switch" role="group" aria-label={translate(lang, 'language')}>
      {LANGS.map((l) => (
        <button key={l} type="button" aria-pressed={l === lang} lang={l} onClick={() => onChange(l)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
