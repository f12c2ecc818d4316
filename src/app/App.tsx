// Entry composition of the full app: load the region, then the investor app.
import { LoadFailedScreen, LoadingScreen } from '../components/StatusScreens';
import { InvestorApp } from './InvestorApp';
import { REGION_ID, useDocumentLang } from './region-id';
import { useRegion } from './use-region';
import { startMapLibreEarly } from '../map/maplibre-setup';

// Workers start while the data loads (this module runs before the first render).
startMapLibreEarly();
import { useUrlState } from './use-url-state';

export function App() {
  const [url, update] = useUrlState();
  const load = useRegion(REGION_ID);
  const lang = useDocumentLang(url.lang ?? (load.state === 'ready' ? load.data.region.defaultLanguage : 'ru'));
  if (load.state === 'loading') return <LoadingScreen lang={lang} />;
  if (load.state === 'failed') return <LoadFailedScreen lang={lang} details={load.details} />;
  return <InvestorApp data={load.data} url={url} update={update} lang={lang} />;
}
