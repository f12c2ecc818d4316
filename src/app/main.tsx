// The entry: starts the map and the app side by side. It imports neither React nor MapLibre, so
// it runs as soon as it arrives: the region's files are asked for at once, the first map is made
// as soon as MapLibre has loaded (early-map.ts), and React renders the app once it has loaded.
// An embed (`?embed=1`) never downloads the full app's list, builder or export code, and the
// full app never downloads embed-only code.
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '../components/app.css';
import { OUTPUT_FILES } from '../domain/data/output-files';
import { isLanguage } from '../domain/schema/vocabulary';
import { START_FAILED } from '../i18n/start-messages';
import { fetchJsonOnce, REGION_ID, regionDataUrl } from '../io/region-files';

// User Timing marks of the way to the first map, read by `npm run bench -- first-map`.
performance.mark('parkatlas:main');
const isEmbed = new URLSearchParams(window.location.search).get('embed') === '1';
// The page's HTML shows the full app's first screen (scripts/build-pages.ts); an embed shows a map.
if (isEmbed) document.getElementById('root')?.replaceChildren();
// region.json decides the map; the layer files are read once the map exists (a 40 MB file
// parsed here would hold the map back).
void fetchJsonOnce(new URL(OUTPUT_FILES.region, regionDataUrl(REGION_ID, document.baseURI)));
// React and the app load after the first map has started, and render once it has drawn
// (render-app.tsx). Without the first map, MapView makes its own.
void import('../map/early-map')
  .then((m) => m.startEarlyMap(isEmbed))
  .catch(() => undefined)
  .then(() => import('./render-app'))
  .then((m) => m.renderApp(isEmbed))
  .catch(showStartFailure);

/** A chunk that did not load (a redeploy, a dropped connection): say so instead of showing nothing. */
function showStartFailure(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const asked = new URLSearchParams(window.location.search).get('lang');
  const message = document.createElement('p');
  message.className = 'status-screen';
  message.setAttribute('role', 'alert');
  message.textContent = START_FAILED[isLanguage(asked) ? asked : 'ru'];
  root.replaceChildren(message);
}
