// Entry composition: load the region, then the investor app; a clear screen while loading or failed.
import { useEffect } from 'react';
import { translate, type Lang } from '../i18n/lang';
import { InvestorApp } from './InvestorApp';
import { useRegion } from './use-region';
import { useUrlState } from './use-url-state';

const REGION_ID = import.meta.env.VITE_REGION ?? 'kuzbass';

export function App() {
  const [url, update] = useUrlState();
  const load = useRegion(REGION_ID);
  const lang: Lang = url.lang ?? (load.state === 'ready' ? load.data.region.defaultLanguage : 'ru');
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appTitle');
  }, [lang]);

  if (load.state === 'loading') return <p className="status-screen">{translate(lang, 'loading')}</p>;
  if (load.state === 'failed') {
    return (
      <main className="status-screen" role="alert">
        <h1>{translate(lang, 'loadFailed')}</h1>
        <p>{translate(lang, 'loadFailedHint')}</p>
        <ul>
          {load.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </main>
    );
  }
  return <InvestorApp data={load.data} url={url} update={update} lang={lang} />;
}
