// The full app: load the region, then the investor app. A page whose first screen the build wrote
// into its HTML (scripts/build-pages.ts) is taken over in place (hydrated) once its data is in.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { LoadFailedScreen, LoadingScreen } from '../../components/status-screens';
import { InvestorApp } from './investor-app';
import { REGION_ID, regionDataUrl } from '../../io/region-files';
import { startRegionLoad } from '../../io/load-region';
import { useDocumentLang } from '../../components/use-document-lang';
import { useRegion, type StartedLoad } from '../../components/use-region';
import { useUrlState } from '../../components/use-url-state';
import { prerenderKey, stateFromAddress } from '../../domain/site-pages';
import { LANGUAGES } from '../../domain/schema/vocabulary';
import { chooseLang } from '../../i18n/lang';

interface InvestorRootProps {
  started?: StartedLoad;
  /** The page's HTML already shows the app: the panels render with the first commit, as there. */
  prerendered?: boolean;
}

export function InvestorRoot({ started, prerendered = false }: InvestorRootProps) {
  const load = useRegion(REGION_ID, { started });
  const region = 'data' in load ? load.data.region : undefined;
  const [url, update] = useUrlState(true, region?.defaultLanguage);
  const site = load.state === 'ready' && url.site ? load.data.sites.find((s) => s.properties.id === url.site) : undefined;
  const lang = useDocumentLang(url.lang, region, site?.properties.name);
  if (load.state === 'loading') return <LoadingScreen lang={lang} />;
  if (load.state === 'failed') return <LoadFailedScreen lang={lang} details={load.details} failure={load.failure} />;
  return <InvestorApp data={load.data} layersLoaded={load.state === 'ready'} url={url} update={update} lang={lang} prerendered={prerendered} />;
}

/**
 * Mounts the app in `root`. When the HTML holds a first screen (`data-prerendered` names the link
 * it was written for) and the link asks for that screen, its data is awaited and React adopts the
 * HTML as it is (no second paint that moves anything). A link asking for another screen (filters,
 * another language) gets the app at once, its list "loading", as without written HTML: the
 * written list must not show sites the link's filters exclude.
 */
export async function mountInvestorApp(root: HTMLElement): Promise<void> {
  const written = root.dataset.prerendered;
  if (written === undefined) return void createRoot(root).render(app());
  const loading = startRegionLoad(regionDataUrl(REGION_ID, document.baseURI), { infrastructure: false });
  // region.json is small and asked for by the HTML itself: it names the language and the data.
  const region = await loading.config.catch(() => undefined);
  const url = stateFromAddress(window.location, LANGUAGES);
  if (!region || prerenderKey(url, chooseLang(url.lang, region), region.dataVersion) !== written) {
    // React clears the written screen in the same commit that draws its own: no blank frame.
    return void createRoot(root).render(app({ loading, region }));
  }
  const ready = await loading.all.catch(() => undefined);
  performance.mark('parkatlas:region-data');
  // A mismatch would be a bug of ours (the build and the browser disagreeing): say it loudly.
  if (ready) hydrateRoot(root, app({ loading, ready }), { onRecoverableError: (e) => console.error('ParkAtlas: the page HTML did not match the app', e) });
  else createRoot(root).render(app({ loading, region }));
}

const app = (started?: StartedLoad) => (
  <StrictMode>
    <InvestorRoot started={started} prerendered={!!started} />
  </StrictMode>
);
