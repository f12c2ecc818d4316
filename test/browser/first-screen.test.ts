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
