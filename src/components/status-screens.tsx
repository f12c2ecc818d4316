import { translate, type Lang } from '../i18n/lang';

export function LoadingScreen({ lang }: { lang: Lang }) {
  return <p className="status-screen">{translate(lang, 'loading')}</p>;
}

/** A data problem says it is one, and which file and field; only a network problem suggests the connection. */
export function LoadFailedScreen({ lang, details, failure }: { lang: Lang; details: string[]; failure: 'network' | 'data' }) {
  return (
    <main className="status-screen" role="alert">
      <h1>{translate(lang, failure === 'data' ? 'loadFailedData' : 'loadFailed')}</h1>
      <p>{translate(lang, failure === 'data' ? 'loadFailedDataHint' : 'loadFailedHint')}</p>
      <ul>
        {details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </main>
  );
}
