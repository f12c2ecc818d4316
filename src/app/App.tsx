// Entry composition of the full app: load the region, then the investor app.
import { LoadFailedScreen, LoadingScreen } from '../components/StatusScreens';
import { InvestorApp } from './InvestorApp';
import { REGION_ID, useDocumentLang } from './region-id';
import { useRegion } from './use-region';
import { startMapLibreEarly } from '../map/maplibre-setup';

import { useUrlState } from './use-url-state';

// Workers start while the data loads (this module runs before the first render).
startMapLibreEarly();

export function App() {
  const [url, update] = useUrlState();
  const load = useRegion(REGION_ID);
  const lang = useDocumentLang(url.lang ?? ('data' in load ? load.data.region.defaultLanguage : 'ru'));
  if (load.state === 'loading') return <LoadingScreen lang={lang} />;
  if (load.state === 'failed') return <LoadFailedScreen lang={lang} details={load.details} />;
  return <InvestorApp data={load.data} layersLoaded={load.state === 'ready'} url={url} update={update} lang={lang} />;
}
