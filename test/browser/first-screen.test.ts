// The investor's first screen, in real Chromium with no network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { openApp, renderedSiteIds, sitePixel } from './app-page';

const built = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/data/kuzbass/sites.geojson'), 'utf8')) as {
  features: { properties: { id: string; name: { ru: string; en?: string } } }[];
};
const siteIds = built.features.map((f) => f.properties.id).sort();
const yurga = built.features.find((f) => f.properties.id === 'tor-yurga')!.properties;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('first screen', () => {
  it('renders every site with no network, on the offline basemap', async () => {
    const { page, consoleErrors } = await openApp(browser);
    expect(await renderedSiteIds(page)).toEqual(siteIds);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Офлайн-подложка');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('puts the project layers over the online basemap when it is reachable', async () => {
    const basemap = { version: 8, sources: {}, layers: [{ id: 'basemap-bg', type: 'background', paint: { 'background-color': '#dde8d0' } }] };
    const { page, consoleErrors } = await openApp(browser, '', {
      beforeLoad: (p) =>
        p.route('https://tiles.openfreemap.org/styles/liberty', (route) =>
          route.fulfill({ json: basemap, headers: { 'access-control-allow-origin': '*' } }),
        ),
    });
    const layerIds = await page.evaluate(() => window.parkatlasMap!.getStyle().layers.map((l) => l.id));
    expect(layerIds[0]).toBe('basemap-bg');
    expect(layerIds).toContain('sites-point');
    expect(await renderedSiteIds(page)).toEqual(siteIds);
    expect(await page.getByRole('status').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens the passport of a clicked site, in Russian', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    const { x, y } = await sitePixel(page, 'tor-yurga');
    await page.mouse.click(x, y);
    const heading = page.getByRole('heading', { level: 2, name: yurga.name.ru });
    await heading.waitFor();
    const panel = page.getByRole('complementary', { name: yurga.name.ru });
    await expect.poll(() => panel.textContent()).toContain('центр населённого пункта');
    await expect.poll(() => panel.textContent()).toContain('нет данных');
    expect(new URL(page.url()).searchParams.get('site')).toBe('tor-yurga');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows English names with ?lang=en, and the language switch goes back to Russian', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&basemap=offline&site=tor-yurga');
    await page.getByRole('heading', { level: 2, name: yurga.name.en! }).waitFor();
    const labelField = await page.evaluate(() => window.parkatlasMap!.getLayoutProperty('sites-label', 'text-field'));
    expect(JSON.stringify(labelField)).toContain('nameEn');
    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('heading', { level: 2, name: yurga.name.ru }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lets the user pick among sites that share a town centre', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    const { x, y } = await sitePixel(page, 'kemz-technopark');
    await page.mouse.click(x, y);
    const chooser = page.getByRole('complementary', { name: 'Площадки в этом месте' });
    await chooser.waitFor();
    const choices = chooser.getByRole('button', { name: /технопарк «КЭМЗ»/i });
    await choices.first().click();
    await page.getByRole('heading', { level: 2, name: /КЭМЗ/ }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows what is wrong, not a blank page, when a data file is broken', async () => {
    const { page } = await openApp(browser, '?basemap=offline', {
      beforeLoad: (p) => p.route('**/data/kuzbass/sites.geojson', (route) => route.fulfill({ json: { type: 'FeatureCollection', features: [{ type: 'Feature' }] } })),
      waitForMap: false,
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Не удалось загрузить данные карты');
    await expect.poll(() => alert.textContent()).toContain('sites.geojson: feature "#0": geometry');
    await page.context().close();
  });

  it('hides and shows the sites through the legend', async () => {
    const { page } = await openApp(browser, '?basemap=offline');
    const sitesToggle = page.getByRole('checkbox', { name: 'Площадки' });
    await sitesToggle.uncheck();
    await expect.poll(() => renderedSiteIds(page)).toEqual([]);
    await sitesToggle.check();
    await expect.poll(() => renderedSiteIds(page)).toEqual(siteIds);
    await page.context().close();
  });
});
