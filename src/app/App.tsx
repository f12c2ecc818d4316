// Entry composition of the full app: load the region, then the investor app.
import { useEffect } from 'react';
import { LoadFailedScreen, LoadingScreen } from '../components/StatusScreens';
import { discardEarlyMap } from './early-map';
import { InvestorApp } from './InvestorApp';
import { REGION_ID } from './region-files';
import { useDocumentLang } from './region-id';
import { useRegion } from './use-region';
import { useUrlState } from './use-url-state';

export function App() {
  const [url, update] = useUrlState();
  const load = useRegion(REGION_ID);
  const lang = useDocumentLang(url.lang ?? ('data' in load ? load.data.region.defaultLanguage : 'ru'));
  // The error screen replaces the map made before the files were checked.
  useEffect(() => {
    if (load.state === 'failed') discardEarlyMap();
  }, [load.state]);
  if (load.state === 'loading') return <LoadingScreen lang={lang} />;
  if (load.state === 'failed') return <LoadFailedScreen lang={lang} details={load.details} />;
  return <InvestorApp data={load.data} layersLoaded={load.state === 'ready'} url={url} update={update} lang={lang} />;
}
