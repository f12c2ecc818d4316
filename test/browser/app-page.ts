// Opening the app as a user would, and reading what the map actually rendered.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

export interface OpenedApp {
  page: Page;
  consoleErrors: string[];
}

/** Requests that would leave this machine are answered "failed" at once, as with no network. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Runs before navigation: stand-ins for services outside the project (a basemap host...). */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** Wait until the map has drawn (default); false for pages that must not show a map. */
  waitForMap?: boolean;
  /** Then until the app is no longer busy (data in, panels rendered: default); false to look at it loading. */
  waitForApp?: boolean;
  /** Only to inject test tooling (axe-core); the app itself always runs under the CSP. */
  bypassCSP?: boolean;
  /** Another server of the app (a region variant); default: the shared preview. */
  base?: string;
}

export async function openApp(browser: Browser, query = '', options: OpenOptions = {}): Promise<OpenedApp> {
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const context = await browser.newContext({ viewport, locale: 'ru-RU', bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const base = new URL(options.base ?? inject('baseUrl'));
  const consoleErrors: string[] = [];
  await page.route(
    (url) => /^https?:$/.test(url.protocol) && url.host !== base.host,
    (route) => route.abort('internetdisconnected'),
  );
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // A refused basemap request is the offline case under test, not an app error.
    const from = msg.location().url;
    if (from && new URL(from).host !== base.host) return;
    consoleErrors.push(msg.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  // A CSP violation the app merely survives (a probe for eval, a blocked style) is reported only
  // in DevTools' Issues panel, which Lighthouse counts against best practices: make it an error.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} in ${e.sourceFile}`)),
  );
  await options.beforeLoad?.(page);
  await page.goto(new URL(query, base).href);
  if (options.waitForMap !== false) await waitForMap(page);
  if (options.waitForMap !== false && options.waitForApp !== false) await waitForApp(page);
  return { page, consoleErrors };
}

export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = window.parkatlasMap;
      return !!map && map.loaded() && map.isStyleLoaded() && !!map.getSource('parkatlas-sites') && map.areTilesLoaded();
    },
    undefined,
    { timeout: 45_000, polling: 100 },
  );
}

/** The map draws first; the data checks and the panels follow (the app says aria-busy meanwhile). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('.app, .embed') && !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 45_000,
    polling: 100,
  });
}

/** How many sites the map shows (markers and those counted inside clusters) and which markers are drawn alone. */
export function renderedSites(page: Page): Promise<{ count: number; ids: string[] }> {
  return page.evaluate(() => {
    const map = window.parkatlasMap!;
    const clusters = new Map<number, number>();
    for (const f of map.queryRenderedFeatures({ layers: ['sites-cluster'] })) {
      clusters.set(Number(f.properties.cluster_id), Number(f.properties.point_count));
    }
    const ids = new Set(map.queryRenderedFeatures({ layers: ['sites-point', 'sites-fill'] }).map((f) => String(f.properties.id)));
    const inClusters = [...clusters.values()].reduce((a, b) => a + b, 0);
    return { count: inClusters + ids.size, ids: [...ids].sort() };
  });
}

/** Screen position of a lon/lat on the map, to click it like a user. */
export function pixelOf(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.parkatlasMap!;
    const p = map.project(ll);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lonLat);
}

/** Ids in the highlight layer (the selected and the hovered site). */
export function highlightedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.parkatlasMap!.queryRenderedFeatures({ layers: ['sites-highlight'] }).map((f) => String(f.properties.id)).sort(),
  );
}

/**
 * Runs axe-core in the page; returns the serious and critical violations. WCAG 2.2's target size
 * (24 px, or room around a smaller target) is checked too: axe leaves it off by default,
 * Lighthouse does not.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const { createRequire } = await import('node:module');
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The legend is folded at first below 900 px of height: open it as a user would, by its title. */
export async function openLegend(page: Page): Promise<void> {
  const legend = page.locator('details.legend');
  if ((await legend.getAttribute('open')) === null) await page.getByText('Легенда', { exact: true }).click();
}

/**
 * How many of the map's pixels within `radius` CSS px of a lon/lat are close to each colour
 * (`#rrggbb`): what a reader sees drawn there. Read in the `render` event, while the frame is
 * still in the drawing buffer (the map keeps no copy of it).
 */
export async function mapColoursAround(page: Page, lonLat: [number, number], radius: number, colours: Record<string, string>): Promise<Record<string, number>> {
  await page.evaluate(() => new Promise((resolve) => window.parkatlasMap!.once('idle', resolve).triggerRepaint()));
  const rgb = await page.evaluate(
    ([ll, r]) =>
      new Promise<number[]>((resolve) => {
        const map = window.parkatlasMap!;
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
          const ratio = canvas.width / canvas.clientWidth;
          const p = map.project(ll);
          const size = Math.round(2 * r * ratio);
          const x = Math.round((p.x - r) * ratio);
          const y = Math.round(canvas.height - (p.y + r) * ratio);
          const pixels = new Uint8Array(size * size * 4);
          gl.readPixels(x, y, size, size, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          resolve([...pixels]);
        });
        map.triggerRepaint();
      }),
    [lonLat, radius] as const,
  );
  const counts: Record<string, number> = {};
  for (const [name, hex] of Object.entries(colours)) {
    const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < rgb.length; i += 4) if (want.every((v, c) => Math.abs(v - rgb[i + c]!) <= 24)) n += 1;
    counts[name] = n;
  }
  return counts;
}

/**
 * When the page first painted text, and when it asked for the first map's chunk and its data
 * (performance.now() times): a written page or poster asks for them only once it has painted.
 */
export function firstMapRequestsAndPaint(page: Page): Promise<{ fcp: number; asked: number[] }> {
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    asked: performance
      .getEntriesByType('resource')
      .filter((r) => /\/assets\/early-map-[^/]*\.js$|\/sites\.geojson$|\/municipalities\.geojson$/.test(r.name))
      .map((r) => r.startTime),
  }));
}
