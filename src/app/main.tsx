// The entry: starts the map and the app side by side. It imports neither React nor MapLibre, so
// it runs as soon as it arrives: the region's files are asked for at once, the first map is made
// as soon as MapLibre has loaded (early-map.ts), and React renders the app once it has loaded.
// An embed (`?embed=1`) never downloads the full app's list, builder or export code, and the
// full app never downloads embed-only code.
import '../components/fonts.css';
import '../components/app.css';
import { OUTPUT_FILES } from '../domain/data/output-files';
import { isLanguage } from '../domain/schema/vocabulary';
import { START_FAILED } from '../i18n/start-messages';
import { fetchJsonOnce, REGION_ID, regionDataUrl } from '../io/region-files';

// User Timing marks of the way to the first map, read by `npm run bench -- first-map`.
performance.mark('parkatlas:main');
const isEmbed = new URLSearchParams(window.location.search).get('embed') === '1';
// The page's HTML shows the full app's first screen (scripts/build-pages.ts); an embed shows a map,
// and its own page (embed.html) a poster of the region until the map covers it.
const root = document.getElementById('root');
if (isEmbed && root?.hasAttribute('data-prerendered')) root.replaceChildren();
// region.json decides the map; the layer files are read once the map exists (a 40 MB file
// parsed here would hold the map back).
void fetchJsonOnce(new URL(OUTPUT_FILES.region, regionDataUrl(REGION_ID, document.baseURI)));
// A page with a written screen, or an embed's page with the region's poster, shows it first:
// MapLibre's chunk (300 KB), the data and the app are asked for once it has painted, not beside
// its stylesheets and fonts (scripts/pages/write-page.ts leaves their preloads out of such
// pages). Measured with Lighthouse's mobile profile: the map's page's first contentful paint
// 3.3 -> 2.0 s, largest 4.8 -> 2.1 s. A page without either (the dev server's) has nothing to show
// before the map, so it starts the map at once.
const written = isEmbed ? root?.hasAttribute('data-poster') : root?.hasAttribute('data-prerendered');
// React and the app load after the first map has started, and render once it has drawn
// (render-app.tsx). Without the first map, MapView makes its own.
void (written ? afterFirstPaint() : Promise.resolve())
  .then(() => import('../map/early-map'))
  .then((m) => m.startEarlyMap(isEmbed))
  .catch(() => undefined)
  .then(() => import('./render-app'))
  .then((m) => m.renderApp(isEmbed))
  .catch(showStartFailure);

/**
 * Resolves once the page has painted its first text (the written screen). A page in a background
 * tab paints nothing until it is shown, and waits for nothing: its map loads meanwhile. `latestMs`
 * only guards against a browser that never reports the paint.
 */
function afterFirstPaint(latestMs = 5000): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, latestMs);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && done());
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      done();
    }
  });
}

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
