import { translate, type Lang } from '../i18n/lang';

export function LoadingScreen({ lang }: { lang: Lang }) {
  return <p className="status-screen">{translate(lang, 'loading')}</p>;
}

export function LoadFailedScreen({ lang, details }: { lang: Lang; details: string[] }) {
  return (
    <main className="status-screen" role="alert">
      <h1>{translate(lang, 'loadFailed')}</h1>
      <p>{translate(lang, 'loadFailedHint')}</p>
      <ul>
        {details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </main>
  );
}
