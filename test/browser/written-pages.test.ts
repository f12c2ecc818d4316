// The pages the build writes (scripts/build-pages.ts): text before JavaScript, taken over in place
// by the app, a page per site, and what a link preview or a crawler reads from them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { firstMapRequestsAndPaint, openApp } from './app-page';
import { builtSites, siteById } from './built-data';
import { DIST } from './propose-page';

const yurga = siteById('tor-yurga');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function withoutJavaScript(path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const response = await page.goto(new URL(path, inject('baseUrl')).href);
  expect(response?.status()).toBe(200);
  return page;
}

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');

/** Marks the first list row as the page's HTML made it, before any script of the app runs. */
const markWrittenRow = (page: Page) =>
  page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      const row = document.querySelector('.result-list li');
      if (row) (window as unknown as { writtenRow: Element }).writtenRow = row;
    }),
  );

describe('pages written by the build', () => {
  it('show the region and its site list with JavaScript off', async () => {
    const page = await withoutJavaScript('./');
    expect(await page.locator('h1').textContent()).toContain('Кемеровская область — Кузбасс');
    const names = await page.locator('.result-list .result-name').allTextContents();
    expect(names.sort()).toEqual(builtSites.map((s) => s.properties.name.ru).sort());
    expect(await page.locator('.sheet-filters input').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it("show a site's passport on its own page with JavaScript off, in Russian and in English", async () => {
    const ru = await withoutJavaScript('./site/tor-yurga/');
    expect(await ru.locator('.site-panel h2').textContent()).toBe(yurga.name.ru);
    expect(await ru.title()).toBe(`${yurga.name.ru} — ParkAtlas`);
    // Its timeline, oldest first, each event with its own sources.
    const events = ru.locator('.timeline > li');
    expect(await events.locator('.event-date').allTextContents()).toEqual(['7 июля 2016 г.', '2030']);
    expect(await events.first().locator('.event-text').textContent()).toContain('№ 641');
    expect(await events.first().locator('.sources a').first().getAttribute('href')).toMatch(/^https:\/\//);
    await ru.context().close();
    const en = await withoutJavaScript('./en/site/tor-yurga/');
    expect(await en.locator('html').getAttribute('lang')).toBe('en');
    expect(await en.locator('.site-panel h2').textContent()).toBe(yurga.name.en);
    await en.context().close();
  });

  it('are taken over in place: the same elements, no mismatch, and the app then works', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', { beforeLoad: markWrittenRow });
    const same = await page.evaluate(() => (window as unknown as { writtenRow?: Element }).writtenRow === document.querySelector('.result-list li'));
    expect(same).toBe(true);
    // The municipalities' checkboxes are not in the page until their list is opened.
    const municipalities = page.locator('.filters details');
    expect(await municipalities.locator('input').count()).toBe(0);
    await municipalities.locator('summary').click();
    await municipalities.locator('input').first().check();
    await page.waitForURL(/[?&]mun=/);
    expect(await page.locator('.result-list li').count()).toBeLessThan(builtSites.length);
    await page.locator('.result-list .result').first().click();
    await page.locator('.site-panel h2').waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("paint their text before the map's code and data are asked for, and the map then comes", async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    const timing = await firstMapRequestsAndPaint(page);
    expect(timing.asked).toHaveLength(3);
    for (const at of timing.asked) expect(at).toBeGreaterThanOrEqual(timing.fcp);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['their fonts arrive late (a phone 375 px wide on a slow line)', 375, 740],
    // The legend opens on a screen this tall, over the written page's closed one.
    ['the app opens the legend on a tall screen (Lighthouse desktop, 1350x940)', 1350, 940],
  ])('do not move when %s', async (_, width, height) => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', {
      viewport: { width, height },
      beforeLoad: async (p) => {
        await p.route(/\.woff2$/, (route) => void setTimeout(() => void route.continue(), 1500));
        await p.addInitScript(() => {
          const shifts: number[] = [];
          (window as unknown as { shifts: number[] }).shifts = shifts;
          new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
        });
      },
    });
    await page.waitForTimeout(500);
    if (height >= 900) expect(await page.locator('details.legend').getAttribute('open')).not.toBeNull();
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.02);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("set their text in the app's own font, the preloaded faces accepted by the browser", async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        faces: [...document.fonts].map((f) => ({ family: f.family.replaceAll('"', ''), weight: f.weight, range: f.unicodeRange, status: f.status })),
        body: getComputedStyle(document.body).fontFamily,
        preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map((l) => l.href.split('/').pop()),
      };
    });
    expect(fonts.body).toMatch(/^"?ParkAtlas Sans"?,/);
    // Chromium's font sanitiser rejects a malformed file: its face would be "error" and the text fall back.
    const ours = fonts.faces.filter((f) => f.family === 'ParkAtlas Sans');
    expect(ours.filter((f) => f.status === 'error')).toEqual([]);
    const loaded = ours.filter((f) => f.status === 'loaded').map((f) => `${f.range.includes('U+400-45F') ? 'cyrillic' : 'latin'} ${f.weight}`);
    expect(loaded.sort()).toEqual(['cyrillic 400', 'cyrillic 700', 'latin 400', 'latin 700']);
    expect(fonts.preloaded.map((f) => f!.replace(/-[\w-]{8}\.woff2$/, ''))).toEqual(expect.arrayContaining(['parkatlas-sans-cyrillic-400', 'parkatlas-sans-cyrillic-700', 'parkatlas-sans-latin-400', 'parkatlas-sans-latin-700']));
    expect(fonts.preloaded).toHaveLength(4);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('draw their own screen when the link asks for another one (filters), without errors', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&kind=tor', { beforeLoad: markWrittenRow });
    const names = await page.locator('.result-list .result-name').allTextContents();
    expect(names.sort()).toEqual(builtSites.filter((s) => s.properties.kind === 'tor').map((s) => s.properties.name.ru).sort());
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("open a site's page with its passport, and a state with more than one site goes back to the map's address", async () => {
    const { page, consoleErrors } = await openApp(browser, 'site/tor-yurga/');
    expect(await page.locator('.site-panel h2').textContent()).toBe(yurga.name.ru);
    expect(new URL(page.url()).pathname).toMatch(/\/site\/tor-yurga\/$/);
    await page.locator('.site-panel button.close').click();
    await page.locator('.site-panel').waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).not.toContain('/site/');
    await page.goBack();
    expect(await page.locator('.site-panel h2').textContent()).toBe(yurga.name.ru);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("write a site chosen on the map's page as that site's address, which Share then copies", async () => {
    const { page } = await openApp(browser);
    await page.locator('.result-list .result', { hasText: yurga.name.ru }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/site\/tor-yurga\/$/);
    await page.context().close();
  });

  it('name their title, description and a 1200x630 PNG that exists in dist/ for link previews', async () => {
    const page = await withoutJavaScript('./en/site/tor-yurga/');
    expect(await meta(page, 'og:title')).toBe(`${yurga.name.en} — ParkAtlas`);
    expect(await meta(page, 'og:description')).toContain('Kemerovo Oblast');
    const image = new URL((await meta(page, 'og:image'))!, page.url());
    const file = join(DIST, decodeURIComponent(new URL(image.href.replace(inject('baseUrl'), 'file:///')).pathname));
    expect(existsSync(file), file).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@type': string; geo: { latitude: number } };
    expect(jsonLd['@type']).toBe('Place');
    expect(jsonLd.geo.latitude).toBeCloseTo(yurga.derived.displayPoint[1], 5);
    await page.context().close();
  });

  it('are listed for crawlers: robots.txt, a sitemap with every site page in both languages, a manifest with icons', async () => {
    const base = inject('baseUrl');
    const sitemap = await (await fetch(new URL('sitemap.xml', base))).text();
    for (const site of builtSites) {
      expect(sitemap).toContain(`<loc>site/${site.properties.id}/</loc>`);
      expect(sitemap).toContain(`<loc>en/site/${site.properties.id}/</loc>`);
    }
    expect((await fetch(new URL('robots.txt', base))).status).toBe(200);
    const manifest = (await (await fetch(new URL('manifest.webmanifest', base))).json()) as { icons: { src: string }[] };
    for (const icon of manifest.icons) expect((await fetch(new URL(icon.src, base))).status, icon.src).toBe(200);
  });
});
