// The first screen as users see it, at the sizes they use: a 1280x800 laptop, a 1920x1080 desk
// screen and a 375 px phone. Nothing wider than the window, the count and the first results in
// sight, the legend never over a site, every top-bar control reachable.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { openApp } from './app-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Screen positions of every site marker and cluster the map draws. */
const markerPixels = (page: Page) =>
  page.evaluate(() => {
    const map = window.parkatlasMap!;
    const rect = map.getCanvas().getBoundingClientRect();
    return map.queryRenderedFeatures({ layers: ['sites-point', 'sites-cluster'] }).map((f) => {
      const p = map.project((f.geometry as unknown as { coordinates: [number, number] }).coordinates);
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
  });

async function sitesUnderLegend(page: Page): Promise<number> {
  const box = (await page.locator('details.legend').boundingBox())!;
  return (await markerPixels(page)).filter((p) => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height).length;
}

const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('first screen on a laptop and a desk screen', () => {
  it.each([
    [1280, 800],
    // Tall enough for the legend to open at once (a 15" laptop; Lighthouse's desktop screen).
    [1440, 900],
    [1350, 940],
    [1920, 1080],
  ])('at %ix%i: the count and the first results in sight, no site under the legend', async (width, height) => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', { viewport: { width, height } });
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    const count = page.getByRole('status').filter({ hasText: /Найдено \d+ из \d+/ });
    await expect.poll(() => count.isVisible()).toBe(true);
    const items = page.getByRole('list', { name: 'Площадки', exact: true }).getByRole('listitem');
    await expect.poll(() => items.count()).toBeGreaterThan(3);
    for (let i = 0; i < 3; i++) expect((await items.nth(i).boundingBox())!.y + 20).toBeLessThan(height);
    await expect.poll(async () => (await markerPixels(page)).length).toBeGreaterThan(0);
    expect(await sitesUnderLegend(page)).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('first screen on a phone, 375 px wide', () => {
  it('fits the width, every top-bar control reachable, and keeps the count in sight on the Filters tab', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', { viewport: { width: 375, height: 667 } });
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    for (const control of [page.getByRole('link', { name: 'Предложить площадку' }), page.getByRole('button', { name: 'Поделиться' }), page.getByRole('button', { name: 'EN' })]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    await page.getByRole('button', { name: 'Фильтры', exact: true }).click();
    const listTab = page.getByRole('button', { name: /^Список/ });
    await expect.poll(() => listTab.textContent()).toMatch(/12 из 12/);
    await page.getByRole('checkbox', { name: 'ТОР (ТОСЭР)' }).check();
    await expect.poll(() => listTab.textContent()).toMatch(/\d+ из 12/);
    expect(await listTab.textContent()).not.toMatch(/12 из 12/);
    expect(await listTab.isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
