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
}

export async function openApp(browser: Browser, query = '', options: OpenOptions = {}): Promise<OpenedApp> {
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const context = await browser.newContext({ viewport, locale: 'ru-RU' });
  const page = await context.newPage();
  const base = new URL(inject('baseUrl'));
  const consoleErrors: string[] = [];
  await page.route(
    (url) => url.host !== base.host,
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
  await options.beforeLoad?.(page);
  await page.goto(new URL(query, base).href);
  if (options.waitForMap !== false) await waitForMap(page);
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

/** Ids of the site features the map has drawn (points and polygons), de-duplicated across tiles. */
export function renderedSiteIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.parkatlasMap!;
    const hits = map.queryRenderedFeatures({ layers: ['sites-point', 'sites-fill'] });
    return [...new Set(hits.map((f) => String(f.properties.id)))].sort();
  });
}

/** Screen position of a site's marker, to click it like a user. */
export function sitePixel(page: Page, siteId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const map = window.parkatlasMap!;
    const f = map.querySourceFeatures('parkatlas-sites').find((x) => x.properties.id === id);
    if (!f || f.geometry.type !== 'Point') throw new Error(`no point feature for ${id}`);
    const p = map.project(f.geometry.coordinates as [number, number]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, siteId);
}
