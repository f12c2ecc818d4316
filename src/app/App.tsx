// Entry composition of the full app: load the region, then the investor app.
import { LoadFailedScreen, LoadingScreen } from '../components/StatusScreens';
import { InvestorApp } from './InvestorApp';
import { REGION_ID } from './region-files';
import { useDocumentLang } from './use-document-lang';
import { useRegion } from './use-region';
import { useUrlState } from './use-url-state';

export function App() {
  const [url, update] = useUrlState();
  const load = useRegion(REGION_ID);
  const lang = useDocumentLang(url.lang ?? ('data' in load ? load.data.region.defaultLanguage : 'ru'));
  if (load.state === 'loading') return <LoadingScreen lang={lang} />;
  if (load.state === 'failed') return <LoadFailedScreen lang={lang} details={load.details} />;
  return <InvestorApp data={load.data} layersLoaded={load.state === 'ready'} url={url} update={update} lang={lang} />;
}
