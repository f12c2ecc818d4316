// A journalist's embed, in real Chromium: a sandboxed iframe on another origin.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { articlePage, startHostServer, type HostServer } from './host-server';
import { launchChromium } from './chromium';
import { siteById } from './built-data';
import { waitForApp } from './app-page';

let browser: Browser;
let host: HostServer;
const app = () => inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostServer();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const iframe = (src: string, w = '100%', h = 450) =>
  `<iframe src="${src.replace(/&/g, '&amp;')}" title="Карта" width="${w}" height="${h}" loading="lazy" allowfullscreen sandbox="allow-scripts allow-popups"></iframe>`;

async function openArticle(snippet: string, path: string, viewport = { width: 1000, height: 800 }, touch = false) {
  host.page(path, articlePage(snippet));
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${host.url}${path}`);
  await page.waitForFunction(() => (window as unknown as { messages: { type: string }[] }).messages.some((m) => m.type === 'parkatlas:ready'), undefined, {
    timeout: 45_000,
  });
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await frame.waitForFunction(() => window.parkatlasMap?.loaded() && window.parkatlasMap.areTilesLoaded(), undefined, { timeout: 45_000 });
  return { page, frame, errors };
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);

async function clickSiteInFrame(page: Page, frame: Frame, id: string) {
  const point = siteById(id).derived.displayPoint;
  const inFrame = await frame.evaluate((ll) => window.parkatlasMap!.project(ll), point);
  const box = (await (await frame.frameElement()).boundingBox())!;
  await page.mouse.click(box.x + inFrame.x, box.y + inFrame.y);
}

describe('embed in a sandboxed iframe on another origin', () => {
  it('shows the chosen site and filter, talks to the host, and links back to the full map', async () => {
    const src = `${app()}?embed=1&basemap=offline&kind=tor&site=tor-yurga`;
    const { page, frame, errors } = await openArticle(iframe(src), '/article-1');
    const card = frame.getByRole('complementary', { name: siteById('tor-yurga').name.ru });
    await card.waitFor();
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    // Only TORs are on the map: the filter came through the link.
    const count = await frame.evaluate(() => {
      const map = window.parkatlasMap!;
      const clusters = map.queryRenderedFeatures({ layers: ['sites-cluster'] }).reduce((n, f) => n + Number(f.properties.point_count), 0);
      return clusters + map.queryRenderedFeatures({ layers: ['sites-point'] }).length;
    });
    expect(count).toBe(4);
    expect(await frame.evaluate(() => window.parkatlasMap!.scrollZoom.isEnabled())).toBe(false);
    expect(await frame.getByRole('list', { name: 'Площадки' }).count()).toBe(0);

    // The host selects another site; the embed follows.
    await page.evaluate(() => (window as unknown as { selectInEmbed: (id: string) => void }).selectInEmbed('tor-novokuznetsk'));
    await frame.getByRole('complementary', { name: siteById('tor-novokuznetsk').name.ru }).waitFor();
    // A malformed message is ignored, and so is an id the map does not know: the card stays.
    await page.evaluate(() => (window as unknown as { selectInEmbed: (id: string) => void }).selectInEmbed('<script>'));
    await page.evaluate(() => (window as unknown as { selectInEmbed: (id: string) => void }).selectInEmbed('no-such-site'));
    await page.waitForTimeout(300); // give a wrong handling the time to close the card
    expect(await frame.getByRole('complementary', { name: siteById('tor-novokuznetsk').name.ru }).count()).toBe(1);

    // The reader clicks a site; the host hears about it.
    await clickSiteInFrame(page, frame, 'tor-anzhero-sudzhensk');
    await frame.getByRole('complementary', { name: siteById('tor-anzhero-sudzhensk').name.ru }).waitFor();
    await expect.poll(() => messages(page)).toContainEqual({ type: 'parkatlas:select', siteId: 'tor-anzhero-sudzhensk' });

    const href = await frame.getByRole('link', { name: 'Открыть полную карту' }).getAttribute('href');
    const full = new URL(href!);
    expect(full.searchParams.get('embed')).toBeNull();
    expect(full.searchParams.get('kind')).toBe('tor');
    expect(full.searchParams.get('site')).toBe('tor-anzhero-sudzhensk');
    expect(full.hash).toMatch(/^#map=/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits 300x250, keeps the way to the full map visible, and turns wheel zoom on when asked', async () => {
    const src = `${app()}?embed=1&basemap=offline&wheel=1&lang=en`;
    const { page, frame } = await openArticle(iframe(src, '300', 250), '/article-small', { width: 375, height: 667 });
    expect(await frame.evaluate(() => window.parkatlasMap!.scrollZoom.isEnabled())).toBe(true);
    const link = frame.getByRole('link', { name: 'Open full map' });
    expect(await link.isVisible()).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });
});

describe('embed on a phone and from the keyboard', () => {
  it('opens a site card with a tap, and reaches the full map link with Tab', async () => {
    const src = `${app()}?embed=1&basemap=offline&kind=tor`;
    const { page, frame } = await openArticle(iframe(src, '100%', 320), '/article-touch', { width: 375, height: 667 }, true);
    const box = (await (await frame.frameElement()).boundingBox())!;
    // At this size the sites cluster: a tap on a cluster zooms in to them.
    const cluster = await frame.evaluate(() => {
      const map = window.parkatlasMap!;
      const [f] = map.queryRenderedFeatures({ layers: ['sites-cluster'] });
      return f ? { zoom: map.getZoom(), xy: map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]) } : undefined;
    });
    if (cluster) {
      await page.touchscreen.tap(box.x + cluster.xy.x, box.y + cluster.xy.y);
      await frame.waitForFunction((z) => window.parkatlasMap!.getZoom() > z && !window.parkatlasMap!.isMoving(), cluster.zoom);
      await frame.waitForFunction(() => window.parkatlasMap!.queryRenderedFeatures({ layers: ['sites-point'] }).length > 0);
    }
    const lone = await frame.evaluate(() => {
      const map = window.parkatlasMap!;
      const [f] = map.queryRenderedFeatures({ layers: ['sites-point'] });
      return { id: String(f!.properties.id), xy: map.project((f!.geometry as GeoJSON.Point).coordinates as [number, number]) };
    });
    await page.touchscreen.tap(box.x + lone.xy.x, box.y + lone.xy.y);
    await frame.getByRole('complementary', { name: siteById(lone.id).name.ru }).waitFor();
    // Keyboard: focus moves through the embed's controls to the link back to the full map.
    await frame.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await frame.evaluate(() => document.activeElement?.textContent === 'Открыть полную карту');
    }
    expect(reached).toBe(true);
    await page.context().close();
  });
});

describe('embed builder', () => {
  it('makes a snippet that, pasted into an article, shows the same view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${app()}?basemap=offline&kind=tor&site=tor-yurga#map=8/55.6/85.3`);
    // The page's HTML shows the toolbar before the app runs: a user waits for it to come alive.
    await waitForApp(page);
    await page.getByRole('button', { name: 'Встроить' }).click();
    const builder = page.getByRole('region', { name: 'Встроить карту в статью' });
    await builder.getByRole('radio', { name: 'эту площадку' }).check();
    await builder.getByRole('radio', { name: 'English' }).check();
    const snippet = await builder.getByRole('textbox', { name: 'Код для вставки' }).inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="Map of industrial sites — ParkAtlas" width="100%" height="450"/);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('allowfullscreen');
    // The live preview is the same embed.
    const preview = builder.locator('iframe.embed-preview');
    expect(await preview.getAttribute('src')).toContain('embed=1');
    await context.close();

    const { page: article, frame } = await openArticle(snippet, '/article-pasted');
    await frame.getByRole('complementary', { name: siteById('tor-yurga').name.en! }).waitFor();
    const view = await frame.evaluate(() => {
      const m = window.parkatlasMap!;
      return { zoom: Math.round(m.getZoom()), lat: Math.round(m.getCenter().lat * 10) / 10 };
    });
    expect(view).toEqual({ zoom: 8, lat: 55.6 });
    await article.context().close();
  });
});
