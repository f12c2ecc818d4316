// The built app behind Debian's nginx with deploy/nginx.conf: the headers README promises, the
// map, and a journalist's sandboxed cross-origin embed, served the way a deployment serves them.
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { firstMapRequestsAndPaint, openApp, renderedSites } from './app-page';
import { launchChromium } from './chromium';
import { articlePage, startHostServer, type HostServer } from './host-server';
import { startNginx, type Nginx } from '../helpers/nginx-server';

let browser: Browser;
let nginx: Nginx;
let host: HostServer;
const tiles = randomBytes(4096);

beforeAll(async () => {
  nginx = await startNginx((docroot) => writeFileSync(join(docroot, 'data', 'range-check.pmtiles'), tiles));
  [browser, host] = await Promise.all([launchChromium(), startHostServer()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await nginx?.stop();
});

describe('behind nginx with deploy/nginx.conf', () => {
  it('sends the headers README says a deployment must, with caching by kind of file and gzip', async () => {
    const page = await fetch(nginx.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('access-control-allow-origin')).toBe('*');
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(page.headers.get('cache-control')).toBe('no-cache');

    const script = readdirSync(join(nginx.docroot, 'assets')).find((f) => f.endsWith('.js'))!;
    const asset = await fetch(`${nginx.url}assets/${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('access-control-allow-origin')).toBe('*');

    // fetch decompresses; the raw header still says how it came.
    const data = await fetch(`${nginx.url}data/kuzbass/sites.geojson`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(data.headers.get('content-type')).toBe('application/geo+json');
    expect(data.headers.get('content-encoding')).toBe('gzip');
    expect(data.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await data.json()).type).toBe('FeatureCollection');

    // PMTiles readers ask for byte ranges: answered 206 with exactly those bytes, never gzipped.
    const range = await fetch(`${nginx.url}data/range-check.pmtiles`, { headers: { Range: 'bytes=100-199', 'Accept-Encoding': 'gzip' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe(`bytes 100-199/${tiles.length}`);
    expect(range.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await range.arrayBuffer())).toEqual(tiles.subarray(100, 200));

    // The map's page carries its written first screen; an embed's only the region's poster (the
    // app's list and filters would flash in the article).
    expect(await (await fetch(`${nginx.url}?basemap=offline`)).text()).toContain('data-prerendered=');
    const embedPage = await (await fetch(`${nginx.url}?embed=1&basemap=offline`)).text();
    expect(embedPage).toContain('<div id="root" data-poster=""><div class="embed-poster">');
    expect(embedPage).not.toContain('data-prerendered=');
    expect(embedPage).not.toContain('result-list');

    const missing = await fetch(`${nginx.url}no-such-file`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('shows the map with every site, under that policy, with no errors', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', { base: nginx.url });
    expect((await renderedSites(page)).count).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("serves each site's page with its passport, its preview picture and the web app manifest", async () => {
    const { page, consoleErrors } = await openApp(browser, 'en/site/tor-yurga/?basemap=offline', { base: nginx.url });
    expect(await page.locator('.site-panel h2').textContent()).toBe('Yurga Priority Development Area (TOR)');
    await expect.poll(async () => (await renderedSites(page)).count).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    const picture = await fetch(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!, page.url()));
    expect([picture.status, picture.headers.get('content-type')]).toEqual([200, 'image/png']);
    await page.context().close();
    const manifest = await fetch(`${nginx.url}manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
  });

  it("works as a journalist's sandboxed embed on another origin", async () => {
    const src = `${nginx.url}?embed=1&basemap=offline&site=tor-yurga`;
    host.page(
      '/nginx-article',
      articlePage(`<iframe src="${src.replace(/&/g, '&amp;')}" title="Карта" width="100%" height="450" sandbox="allow-scripts allow-popups"></iframe>`),
    );
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${host.url}/nginx-article`);
    await page.waitForFunction(() => (window as unknown as { messages: { type: string }[] }).messages.some((m) => m.type === 'parkatlas:ready'), undefined, {
      timeout: 45_000,
    });
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForFunction(() => window.parkatlasMap?.loaded(), undefined, { timeout: 45_000 });
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await frame.getByRole('complementary').first().waitFor();
    // The poster the frame showed meanwhile is gone: the map and its card are all it shows now.
    expect(await frame.locator('.embed-poster').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the region and says the map is loading while the map is on its way, instead of an empty frame', async () => {
    const context = await browser.newContext({ viewport: { width: 600, height: 420 } });
    const page = await context.newPage();
    // A slow phone network, as far as the code is concerned: nothing runs for two seconds.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back: wait for the page's first paint instead.
    await page.goto(`${nginx.url}?embed=1&basemap=offline&site=tor-yurga`, { waitUntil: 'commit' });
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toBe('Кемеровская область — Кузбасс · Загрузка карты…');
    expect(await status.isVisible()).toBe(true);
    const outline = await page.locator('.embed-poster svg').boundingBox();
    // The region fills the frame as the map will (24 px of padding), not a thumbnail.
    expect(outline!.height).toBeGreaterThan(420 - 2 * 24 - 2);
    release();
    await page.waitForFunction(() => window.parkatlasMap?.loaded() && !document.querySelector('.embed-poster'), undefined, { timeout: 45_000 });
    await context.close();
  });

  it("paints the poster before it asks for the map's code and data, which then come", async () => {
    const context = await browser.newContext({ viewport: { width: 600, height: 420 } });
    const page = await context.newPage();
    await page.goto(`${nginx.url}?embed=1&basemap=offline`);
    await page.waitForFunction(() => window.parkatlasMap?.loaded() && !document.querySelector('.embed-poster'), undefined, { timeout: 45_000 });
    const timing = await firstMapRequestsAndPaint(page);
    expect(timing.asked).toHaveLength(3);
    for (const at of timing.asked) expect(at).toBeGreaterThanOrEqual(timing.fcp);
    await context.close();
  });
});
