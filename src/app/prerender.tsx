// The build's entry (scripts/build-pages.ts, run through Vite's SSR loader): the full app's first
// screen for a link, as HTML, from the same components the browser then hydrates. No window here.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { InvestorApp } from '../features/investor/investor-app';
import type { LoadedRegion } from '../io/load-region';
import { chooseLang } from '../i18n/lang';
import type { UrlState } from '../domain/url-state';

export { startRegionLoad } from '../io/load-region';

/** The same depth of components as the browser's InvestorRoot, so React's generated ids agree. */
function Written({ data, url }: { data: LoadedRegion; url: UrlState }) {
  return <InvestorApp data={data} layersLoaded url={url} update={() => undefined} lang={chooseLang(url.lang, data.region)} prerendered />;
}

export function renderInvestorScreen(data: LoadedRegion, url: UrlState): string {
  return renderToString(
    <StrictMode>
      <Written data={data} url={url} />
    </StrictMode>,
  );
}
