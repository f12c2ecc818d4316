// The full app: load the region, then the investor app.
import { LoadFailedScreen, LoadingScreen } from '../../components/status-screens';
import { InvestorApp } from './investor-app';
import { REGION_ID } from '../../io/region-files';
import { useDocumentLang } from '../../components/use-document-lang';
import { useRegion } from '../../components/use-region';
import { useUrlState } from '../../components/use-url-state';

export function InvestorRoot() {
  const [url, update] = useUrlState();
  const load = useRegion(REGION_ID);
  const lang = useDocumentLang(url.lang, 'data' in load ? load.data.region : undefined);
  if (load.state === 'loading') return <LoadingScreen lang={lang} />;
  if (load.state === 'failed') return <LoadFailedScreen lang={lang} details={load.details} failure={load.failure} />;
  return <InvestorApp data={load.data} layersLoaded={load.state === 'ready'} url={url} update={update} lang={lang} />;
}
